package com.betterbros.props.optimize.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How {@link SlipOptimizer} searches: the proven optimum, a genetic algorithm, or the greedy baseline. */
public enum OptimizeMethod {
  EXACT, GENETIC, GREEDY;

  /** The name on the wire: exact, genetic, greedy. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The method of a wire name, if any. */
  public static Optional<OptimizeMethod> parse(String wire) {
    return Arrays.stream(values()).filter(m -> m.wire().equals(wire)).findFirst();
  }
}
