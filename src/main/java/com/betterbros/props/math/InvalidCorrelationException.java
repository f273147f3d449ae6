package com.betterbros.props.math;

/**
 * A matrix that is not a valid correlation matrix for the slip at hand. The message names the
 * first problem found, e.g. "not square", "size 3 does not match 4 legs", "not symmetric at (0,2):
 * 0.3 vs 0.2", "diagonal (1,1) is 0.9, not 1", "entry (0,1) = 1.3 outside [-1, 1]" or "not
 * positive semi-definite: smallest eigenvalue -0.12 < -1e-8"; callers show it as a 400 reason.
 */
public final class InvalidCorrelationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says which check failed. */
  public InvalidCorrelationException(String message) {
    super(message);
  }
}
