package com.betterbros.props.eval.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a backtest bets each day: {@code single_legs} (every leg whose edge reaches the minimum, on
 * its own), {@code top_slips} (the optimizer's best slips, exact or genetic) or
 * {@code greedy_slips} (the greedy search's slips).
 */
public enum Strategy {
  SINGLE_LEGS, TOP_SLIPS, GREEDY_SLIPS;

  /** The wire name: single_legs, top_slips, greedy_slips. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the strategy bets slips. */
  public boolean slips() {
    return this != SINGLE_LEGS;
  }

  /** The strategy of a wire name, if any. */
  public static Optional<Strategy> parse(String wire) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
  }
}
