package com.betterbros.props.optimize.core;

/**
 * No slip of the board satisfies the constraints; {@link #constraint()} names the one that made
 * the set empty (its API field name, e.g. {@code min_teams}). The service answers 422.
 */
public final class InfeasibleConstraintException extends RuntimeException {

  private final String constraint;

  public InfeasibleConstraintException(String constraint, String message) {
    super(message);
    this.constraint = constraint;
  }

  /** The constraint to relax, as the API spells it. */
  public String constraint() {
    return constraint;
  }
}
