package com.betterbros.props.snapshots.core;

/**
 * How a leg settled. OVER or UNDER: the stat finished above or below the line; PUSH: exactly on it;
 * VOID: the game is final but the player has no box score (he did not play); PENDING: the game is
 * not final yet, or not in the history.
 */
public enum Outcome {
  OVER,
  UNDER,
  PUSH,
  VOID,
  PENDING;

  /** The outcome of a final stat against a line. */
  public static Outcome of(double stat, double line) {
    return stat > line ? OVER : stat < line ? UNDER : PUSH;
  }

  /** Whether the leg has a winner (over or under). */
  public boolean decided() {
    return this == OVER || this == UNDER;
  }
}
