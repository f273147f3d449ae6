package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.ParlayLeg;
import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SlipBoard;
import com.betterbros.props.optimize.core.SlipConstraints;
import com.betterbros.props.optimize.core.SlipQuery;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated {@code POST /optimize/parlays} body: the board (legs and correlation) and the query.
 * Every problem is a 400 naming its field, except a slip size the payout mode has no table for (422
 * on {@code payout}); infeasible constraints are found later, by the optimizer (422).
 *
 * @param board the legs and their correlation matrix
 * @param query size (via the table), method, top_k, seed and constraints
 * @param portfolio how the returned slips are simulated together
 */
record ParlaysRequest(SlipBoard board, SlipQuery query, PortfolioOptions portfolio) {

  static final int MIN_LEGS = 2;
  static final int MAX_LEGS = 1_000;
  /** The exact method's time budget bounds: the upper one stays below the default bus timeout (10 s). */
  static final long MIN_TIME_LIMIT_MS = 10;
  static final long MAX_TIME_LIMIT_MS = 8_000;
  static final int MIN_SIZE = 2;
  static final int MAX_SIZE = 6;
  static final long DEFAULT_SEED = 42;
  private static final Set<String> FIELDS = Set.of("legs", "correlation", "size", "payout", "method", "top_k", "seed",
      "constraints", "time_limit_ms", "portfolio");

  /** Parses and validates the body against the payout version in force. */
  static ParlaysRequest parse(JsonObject body, PayoutVersion payouts) {
    for (String key : body.fieldNames()) {
      if (!FIELDS.contains(key)) {
        throw Failures.badRequest(key, "unknown field '" + key + "' (known: " + FIELDS.stream().sorted().toList() + ")");
      }
    }
    List<ParlayLeg> legs = legs(body.getValue("legs"));
    if (!body.containsKey("size")) {
      throw Failures.badRequest("size", "size is required: the number of legs per slip, " + MIN_SIZE + " to " + MAX_SIZE);
    }
    long size = SimulateRequest.whole(body, "size", 0);
    if (size < MIN_SIZE || size > MAX_SIZE || size > legs.size()) {
      throw Failures.badRequest("size", "size must be between " + MIN_SIZE + " and " + Math.min(MAX_SIZE, legs.size())
          + " (at most the number of legs), got " + size);
    }
    double[][] r = correlation(body.getValue("correlation"), legs);
    if (body.getValue("payout") == null) {
      throw Failures.badRequest("payout", "payout is required: {\"platform\": one of " + payouts.platforms()
          + ", \"mode\"}");
    }
    PayoutTable table = SimulateRequest.table(body.getValue("payout"), (int) size, payouts);
    Object methodName = body.getValue("method") == null ? "exact" : body.getValue("method");
    OptimizeMethod method = methodName instanceof String s ? OptimizeMethod.parse(s).orElse(null) : null;
    if (method == null) {
      throw Failures.badRequest("method", "method must be exact, genetic or greedy, got '" + methodName + "'");
    }
    long topK = SimulateRequest.whole(body, "top_k", 1);
    if (topK < 1 || topK > SlipQuery.MAX_TOP_K) {
      throw Failures.badRequest("top_k", "top_k must be between 1 and " + SlipQuery.MAX_TOP_K + ", got " + topK);
    }
    if (method == OptimizeMethod.GREEDY && body.containsKey("seed")) {
      throw Failures.badRequest("seed", "seed applies only to method genetic and to exact's genetic fallback");
    }
    long seed = SimulateRequest.whole(body, "seed", DEFAULT_SEED);
    if (method != OptimizeMethod.EXACT && body.containsKey("time_limit_ms")) {
      throw Failures.badRequest("time_limit_ms", "time_limit_ms applies only to method exact");
    }
    long limit = SimulateRequest.whole(body, "time_limit_ms", SlipQuery.DEFAULT_TIME_LIMIT_MS);
    if (limit < MIN_TIME_LIMIT_MS || limit > MAX_TIME_LIMIT_MS) {
      throw Failures.badRequest("time_limit_ms", "time_limit_ms must be between " + MIN_TIME_LIMIT_MS + " and "
          + MAX_TIME_LIMIT_MS + " (milliseconds, below the bus timeout), got " + limit);
    }
    SlipConstraints constraints = ParlaysConstraints.parse(body.getValue("constraints"));
    PortfolioOptions portfolio = PortfolioOptions.parse(body.getValue("portfolio"));
    return new ParlaysRequest(SlipBoard.of(legs, r), new SlipQuery(table, method, (int) topK, seed, constraints,
        method == OptimizeMethod.EXACT ? limit : 0), portfolio);
  }

  private static List<ParlayLeg> legs(Object value) {
    if (!(value instanceof JsonArray array)) {
      throw Failures.badRequest("legs", "legs is required: an array of " + MIN_LEGS + " to " + MAX_LEGS
          + " {\"id\", \"p\", \"player\", \"team\", \"game\"} objects");
    }
    if (array.size() < MIN_LEGS || array.size() > MAX_LEGS) {
      throw Failures.badRequest("legs", "a board has " + MIN_LEGS + " to " + MAX_LEGS + " legs, got " + array.size());
    }
    List<ParlayLeg> legs = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof JsonObject leg)) {
        throw Failures.badRequest("legs[" + i + "]", "legs[" + i + "] must be an object {id, p, player, team, game, multiplier?}");
      }
      String id = text(leg, i, "id");
      Integer before = ids.putIfAbsent(id, i);
      if (before != null) {
        throw Failures.badRequest("legs[" + i + "].id", "legs[" + i + "].id '" + id + "' repeats legs[" + before + "].id");
      }
      String field = "legs[" + i + "].p";
      if (!(leg.getValue("p") instanceof Number n)) {
        throw Failures.badRequest(field, field + " is required: the leg's win probability, a number in (0, 1)");
      }
      double p = n.doubleValue();
      if (!(p > 0 && p < 1)) {
        throw Failures.badRequest(field, field + " must be in (0, 1), got " + p);
      }
      legs.add(new ParlayLeg(id, p, text(leg, i, "player"), text(leg, i, "team"), text(leg, i, "game"),
          multiplier(leg, i)));
    }
    return legs;
  }

  // the leg's payout multiplier: absent = 1 (a standard line), else a finite number > 0
  private static double multiplier(JsonObject leg, int i) {
    String field = "legs[" + i + "].multiplier";
    Object value = leg.getValue("multiplier");
    if (value == null) {
      return 1.0;
    }
    if (!(value instanceof Number n) || !(n.doubleValue() > 0) || !Double.isFinite(n.doubleValue())) {
      throw Failures.badRequest(field, field + " must be a finite number > 0 (the line's payout multiplier;"
          + " omit it for a standard line), got " + value);
    }
    return n.doubleValue();
  }

  private static String text(JsonObject leg, int i, String key) {
    String field = "legs[" + i + "]." + key;
    if (!(leg.getValue(key) instanceof String s) || s.isBlank()) {
      throw Failures.badRequest(field, field + " is required: a non-empty string");
    }
    return s;
  }

  // the given matrix, validated; without one, legs must all be in different games (then R = I)
  private static double[][] correlation(Object value, List<ParlayLeg> legs) {
    int n = legs.size();
    if (value == null) {
      Map<String, Integer> games = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Integer other = games.putIfAbsent(legs.get(i).game(), i);
        if (other != null) {
          throw Failures.badRequest("correlation", "correlation is required when legs share a game (legs[" + other
              + "] and legs[" + i + "] are both in game '" + legs.get(i).game() + "'): pass the " + n + "x" + n
              + " matrix of the board");
        }
      }
    }
    return SimulateRequest.correlation(value, n);
  }
}
