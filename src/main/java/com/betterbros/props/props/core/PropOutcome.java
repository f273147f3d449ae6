package com.betterbros.props.props.core;

import java.time.Instant;
import java.util.Set;

/**
 * How a prop settled, once its game is final in the box scores: {@code result} over, under or push
 * (the {@code actual} stat against the line, {@link #of}), or void with a null {@code actual} when
 * the player did not play. {@code settledAt} is when the settlement pass recorded it.
 */
public record PropOutcome(String result, Double actual, Instant settledAt) {

  public static final String OVER = "over";
  public static final String UNDER = "under";
  public static final String PUSH = "push";
  public static final String VOID = "void";
  public static final Set<String> RESULTS = Set.of(OVER, UNDER, PUSH, VOID);

  public PropOutcome {
    if (!RESULTS.contains(result)) {
      throw new IllegalArgumentException("result must be one of " + RESULTS + ", got " + result);
    }
    if (VOID.equals(result) != (actual == null)) {
      throw new IllegalArgumentException("a void outcome has no actual value, any other has one");
    }
  }

  /** The outcome of a final stat against the line: over above it, under below, push on it. */
  public static PropOutcome of(double actual, double line, Instant settledAt) {
    String result = actual > line ? OVER : actual < line ? UNDER : PUSH;
    return new PropOutcome(result, actual, settledAt);
  }

  /** The player did not play in the final game. */
  public static PropOutcome voided(Instant settledAt) {
    return new PropOutcome(VOID, null, settledAt);
  }
}
