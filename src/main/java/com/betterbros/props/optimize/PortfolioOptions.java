package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * The {@code portfolio} object of a parlays request: how the returned slips are simulated together
 * ({@link PortfolioReply}). Every problem is a 400 naming {@code portfolio} or {@code portfolio.<key>}.
 *
 * @param simulations Monte Carlo draws, {@value #MIN_SIMULATIONS}..{@value #MAX_SIMULATIONS}
 * @param seed the seed of the normals
 */
record PortfolioOptions(int simulations, long seed) {

  static final int MIN_SIMULATIONS = 1_000;
  static final int MAX_SIMULATIONS = 500_000;
  static final int DEFAULT_SIMULATIONS = 50_000;
  static final long DEFAULT_SEED = 42;
  private static final Set<String> KEYS = Set.of("simulations", "seed");

  /** The defaults: 50,000 draws from seed 42. */
  static PortfolioOptions defaults() {
    return new PortfolioOptions(DEFAULT_SIMULATIONS, DEFAULT_SEED);
  }

  /** The options of the body's {@code portfolio} value (absent: {@link #defaults()}). */
  static PortfolioOptions parse(Object value) {
    if (value == null) {
      return defaults();
    }
    if (!(value instanceof JsonObject json)) {
      throw Failures.badRequest("portfolio", "portfolio must be an object with any of " + KEYS.stream().sorted().toList());
    }
    for (String key : json.fieldNames()) {
      if (!KEYS.contains(key)) {
        throw Failures.badRequest("portfolio." + key, "unknown portfolio option '" + key + "' (known: "
            + KEYS.stream().sorted().toList() + ")");
      }
    }
    long simulations = whole(json, "simulations", DEFAULT_SIMULATIONS);
    if (simulations < MIN_SIMULATIONS || simulations > MAX_SIMULATIONS) {
      throw Failures.badRequest("portfolio.simulations", "portfolio.simulations must be between " + MIN_SIMULATIONS
          + " and " + MAX_SIMULATIONS + ", got " + simulations);
    }
    return new PortfolioOptions((int) simulations, whole(json, "seed", DEFAULT_SEED));
  }

  private static long whole(JsonObject json, String key, long fallback) {
    Object value = json.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
        || Math.abs(n.doubleValue()) > 9.0e15) {
      throw Failures.badRequest("portfolio." + key, "portfolio." + key + " must be a whole number, got " + value);
    }
    return n.longValue();
  }
}
