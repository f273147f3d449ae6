package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.math.CorrelationMatrix;
import com.betterbros.props.math.InvalidCorrelationException;
import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutVersion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * A validated {@code POST /optimize/simulate} body. Every problem is a 400 naming its field, except
 * a slip size the chosen payout mode has no table for: a 422 naming {@code payout}.
 *
 * @param p the legs' win probabilities
 * @param correlation the legs' correlation matrix (identity when the body has none)
 * @param monteCarlo true for method monte_carlo
 * @param simulations joint draws (Monte Carlo only)
 * @param seed the Monte Carlo seed
 * @param table the payout table of the slip
 */
record SimulateRequest(double[] p, double[][] correlation, boolean monteCarlo, int simulations, long seed,
    PayoutTable table) {

  static final int MIN_LEGS = 2;
  static final int MAX_LEGS = 6;
  static final int MIN_SIMULATIONS = 1_000;
  static final int MAX_SIMULATIONS = 5_000_000;
  static final int DEFAULT_SIMULATIONS = 200_000;
  static final long DEFAULT_SEED = 42;
  private static final Set<String> FIELDS = Set.of("legs", "correlation", "method", "simulations", "seed", "payout");

  /** Parses and validates the body against the payout version in force. */
  static SimulateRequest parse(JsonObject body, PayoutVersion payouts) {
    for (String key : body.fieldNames()) {
      if (!FIELDS.contains(key)) {
        throw Failures.badRequest(key, "unknown field '" + key + "' (known: " + FIELDS.stream().sorted().toList() + ")");
      }
    }
    double[] p = legs(body.getValue("legs"));
    double[][] r = correlation(body.getValue("correlation"), p.length);
    Object method = body.getValue("method") == null ? "exact" : body.getValue("method");
    if (!"exact".equals(method) && !"monte_carlo".equals(method)) {
      throw Failures.badRequest("method", "method must be exact or monte_carlo, got '" + method + "'");
    }
    boolean monteCarlo = "monte_carlo".equals(method);
    for (String key : new String[] {"simulations", "seed"}) {
      if (!monteCarlo && body.containsKey(key)) {
        throw Failures.badRequest(key, key + " applies only to method monte_carlo");
      }
    }
    long simulations = whole(body, "simulations", DEFAULT_SIMULATIONS);
    if (simulations < MIN_SIMULATIONS || simulations > MAX_SIMULATIONS) {
      throw Failures.badRequest("simulations", "simulations must be between 1,000 and 5,000,000, got " + simulations);
    }
    long seed = whole(body, "seed", DEFAULT_SEED);
    return new SimulateRequest(p, r, monteCarlo, (int) simulations, seed, table(body.getValue("payout"), p.length, payouts));
  }

  private static double[] legs(Object value) {
    if (!(value instanceof JsonArray legs)) {
      throw Failures.badRequest("legs", "legs is required: an array of " + MIN_LEGS + " to " + MAX_LEGS + " {\"p\"} objects");
    }
    if (legs.size() < MIN_LEGS || legs.size() > MAX_LEGS) {
      throw Failures.badRequest("legs", "a slip has " + MIN_LEGS + " to " + MAX_LEGS + " legs, got " + legs.size());
    }
    double[] p = new double[legs.size()];
    for (int i = 0; i < p.length; i++) {
      String field = "legs[" + i + "].p";
      if (!(legs.getValue(i) instanceof JsonObject leg) || !(leg.getValue("p") instanceof Number n)) {
        throw Failures.badRequest(field, field + " is required: the leg's win probability, a number in (0, 1)");
      }
      p[i] = n.doubleValue();
      if (!(p[i] > 0 && p[i] < 1)) {
        throw Failures.badRequest(field, field + " must be in (0, 1), got " + p[i]);
      }
    }
    return p;
  }

  static double[][] correlation(Object value, int n) {
    double[][] r = new double[n][n];
    if (value == null) {
      for (int i = 0; i < n; i++) {
        r[i][i] = 1; // no matrix: independent legs
      }
      return r;
    }
    String shape = "correlation must be a " + n + "x" + n + " array of number arrays (one row and column per leg)";
    if (!(value instanceof JsonArray rows) || rows.size() != n) {
      throw Failures.badRequest("correlation", "wrong size: " + shape);
    }
    for (int i = 0; i < n; i++) {
      if (!(rows.getValue(i) instanceof JsonArray row) || row.size() != n) {
        throw Failures.badRequest("correlation", "wrong size: " + shape + "; row " + i + " is not " + n + " numbers");
      }
      for (int j = 0; j < n; j++) {
        if (!(row.getValue(j) instanceof Number x)) {
          throw Failures.badRequest("correlation", "correlation[" + i + "][" + j + "] must be a number");
        }
        r[i][j] = x.doubleValue();
      }
    }
    try {
      CorrelationMatrix.validate(r, n, CorrelationMatrix.DEFAULT_TOLERANCE);
    } catch (InvalidCorrelationException e) {
      throw Failures.badRequest("correlation", "not a valid correlation matrix: " + e.getMessage());
    }
    return r;
  }

  static long whole(JsonObject body, String key, long fallback) {
    Object value = body.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
        || Math.abs(n.doubleValue()) > 9.0e15) {
      throw Failures.badRequest(key, key + " must be a whole number, got " + value);
    }
    return n.longValue();
  }

  /** The payout table asked for, or null when {@code payout} is absent (probabilities only). */
  static PayoutTable table(Object value, int legs, PayoutVersion payouts) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject payout)) {
      throw Failures.badRequest("payout", "payout must be an object {\"platform\": one of " + payouts.platforms()
          + ", \"mode\"}");
    }
    Object platform = payout.getValue("platform");
    if (!(platform instanceof String) || !payouts.platforms().contains(platform)) {
      throw Failures.badRequest("payout.platform", "payout.platform must be one of " + payouts.platforms()
          + ", got " + (platform == null ? "none" : "'" + platform + "'"));
    }
    Object mode = payout.getValue("mode");
    if (!(mode instanceof String) || !payouts.modes((String) platform).contains(mode)) {
      throw Failures.badRequest("payout.mode", "payout.mode of " + platform + " must be one of "
          + payouts.modes((String) platform) + ", got " + (mode == null ? "none" : "'" + mode + "'"));
    }
    return payouts.table((String) platform, (String) mode, legs).orElseThrow(() -> Failures.unprocessable("payout",
        platform + " " + mode + " has no " + legs + "-leg payout table (it has " + payouts.legs((String) platform,
            (String) mode) + " legs) in payout version " + payouts.version()));
  }
}
