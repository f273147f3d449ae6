package com.betterbros.props.whatif;

import com.betterbros.props.bus.Failures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * The checks of a sensitivity body that are the what-if domain's own: the known fields, a payout
 * (EV needs one), and {@code vary} {leg, from?, to?, steps?}; the legs, correlation and payout
 * themselves are checked by {@code optimize.service simulate}.
 *
 * @param leg the leg whose p the grid moves (0-based)
 * @param from the grid's first p (default max(0.01, p - 0.1))
 * @param to its last p (default min(0.99, p + 0.1))
 * @param steps the number of points, 2..101 (default 21)
 * @param lines the leg's lines to price instead of p values (prop ids only, 2..41), or null
 */
record SensitivityCheck(int leg, Double from, Double to, int steps, double[] lines) {

  static final Set<String> FIELDS = Set.of("legs", "correlation", "prop_ids", "sides", "payout", "vary");
  static final int DEFAULT_STEPS = 21;
  static final int MAX_STEPS = 101;
  static final double GRID_HALF_WIDTH = 0.1;
  static final double GRID_EDGE = 0.01;
  static final int MAX_LINES = 41;

  static SensitivityCheck parse(JsonObject body) {
    for (String key : body.fieldNames()) {
      if (!FIELDS.contains(key)) {
        throw Failures.badRequest(key, "unknown field '" + key + "' (known: " + FIELDS.stream().sorted().toList() + ")");
      }
    }
    if (body.getValue("payout") == null) {
      throw Failures.badRequest("payout", "payout is required: {\"platform\", \"mode\"} (the EV needs a payout table)");
    }
    Object raw = body.getValue("vary");
    if (raw == null) {
      return new SensitivityCheck(0, null, null, DEFAULT_STEPS, null);
    }
    if (!(raw instanceof JsonObject vary)) {
      throw Failures.badRequest("vary", "vary must be an object {leg, from?, to?, steps?}");
    }
    for (String key : vary.fieldNames()) {
      if (!Set.of("leg", "from", "to", "steps", "lines").contains(key)) {
        throw Failures.badRequest("vary." + key, "unknown field 'vary." + key + "' (known: leg, from, to, steps, lines)");
      }
    }
    int leg = whole(vary, "leg", 0, 0, 5);
    int steps = whole(vary, "steps", DEFAULT_STEPS, 2, MAX_STEPS);
    Double from = probability(vary, "from");
    Double to = probability(vary, "to");
    if (from != null && to != null && !(from < to)) {
      throw Failures.badRequest("vary.to", "vary.to must be above vary.from, got " + from + " and " + to);
    }
    return new SensitivityCheck(leg, from, to, steps, lines(vary.getValue("lines"), body.containsKey("prop_ids")));
  }

  private static double[] lines(Object raw, boolean propIds) {
    if (raw == null) {
      return null;
    }
    if (!propIds) {
      throw Failures.badRequest("vary.lines", "vary.lines needs prop_ids: the model prices the leg at each line");
    }
    if (!(raw instanceof JsonArray a) || a.size() < 2 || a.size() > MAX_LINES) {
      throw Failures.badRequest("vary.lines", "vary.lines must be an array of 2 to " + MAX_LINES + " lines");
    }
    double[] lines = new double[a.size()];
    for (int i = 0; i < lines.length; i++) {
      if (!(a.getValue(i) instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
        throw Failures.badRequest("vary.lines", "vary.lines[" + i + "] must be a line >= 0, got " + a.getValue(i));
      }
      lines[i] = n.doubleValue();
    }
    return lines;
  }

  /** The number of legs the body names (legs or prop_ids), or -1 when neither is an array. */
  static int legCount(JsonObject body) {
    Object legs = body.containsKey("prop_ids") ? body.getValue("prop_ids") : body.getValue("legs");
    return legs instanceof JsonArray a ? a.size() : -1;
  }

  /** This check against n legs: vary.leg must name one. */
  SensitivityCheck within(int n) {
    if (leg >= n) {
      throw Failures.badRequest("vary.leg", "vary.leg must be a leg index 0.." + (n - 1) + ", got " + leg);
    }
    return this;
  }

  /** The grid's p values for a leg whose p is {@code p}. */
  double[] grid(double p) {
    double lo = from != null ? from : Math.max(GRID_EDGE, p - GRID_HALF_WIDTH);
    double hi = to != null ? to : Math.min(1 - GRID_EDGE, p + GRID_HALF_WIDTH);
    if (!(lo < hi)) {
      throw Failures.badRequest(from != null ? "vary.from" : "vary.to", "the grid [" + lo + ", " + hi + "] is empty");
    }
    double[] g = new double[steps];
    for (int k = 0; k < steps; k++) {
      g[k] = lo + (hi - lo) * k / (steps - 1);
    }
    return g;
  }

  private static int whole(JsonObject o, String key, int fallback, int min, int max) {
    Object v = o.getValue(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min
        || n.doubleValue() > max) {
      throw Failures.badRequest("vary." + key, "vary." + key + " must be a whole number " + min + ".." + max + ", got " + v);
    }
    return n.intValue();
  }

  private static Double probability(JsonObject o, String key) {
    Object v = o.getValue(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number n) || !(n.doubleValue() > 0 && n.doubleValue() < 1)) {
      throw Failures.badRequest("vary." + key, "vary." + key + " must be a probability in (0, 1), got " + v);
    }
    return n.doubleValue();
  }
}
