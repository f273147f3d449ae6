package com.betterbros.props.eval;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.eval.core.BacktestSpec;
import com.betterbros.props.eval.core.SlipSpec;
import com.betterbros.props.eval.core.Staking;
import com.betterbros.props.eval.core.Strategy;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.optimize.core.OptimizeMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates a {@code POST /eval/backtests} body: every bad or unknown field is a 400 naming it
 * (nothing is started). The stat types default to the model's, so the spec is built once the model
 * is known ({@link Parsed#spec}).
 */
final class BacktestRequests {

  static final Set<String> FIELDS = Set.of("from", "to", "model", "retrain_every_days", "strategy", "min_edge", "slip",
      "staking", "unit", "kelly_fraction", "max_bet_fraction", "max_day_fraction", "bankroll", "platforms",
      "stat_types", "seed");
  static final Set<String> SLIP_FIELDS = Set.of("size", "mode", "k", "method");
  static final Set<String> PLATFORMS = Set.of("prizepicks", "underdog");

  private BacktestRequests() {}

  /** A valid request, its stat types not yet checked against the model's. */
  record Parsed(String model, LocalDate from, LocalDate to, int retrainEveryDays, Strategy strategy, double minEdge,
      SlipSpec slip, Staking staking, double bankroll, Set<String> platforms, Set<String> statTypes, long seed) {

    /** The spec, with the model's stat types by default; 422 for a stat type the model does not price. */
    BacktestSpec spec(Set<String> modelStats) {
      if (statTypes != null && !modelStats.containsAll(statTypes)) {
        throw Failures.unprocessable("stat_types", "the model prices only " + new TreeSet<>(modelStats) + ", not "
            + new TreeSet<>(statTypes));
      }
      return new BacktestSpec(from, to, retrainEveryDays, strategy, minEdge, slip, staking, bankroll, platforms,
          statTypes == null ? modelStats : statTypes, seed);
    }
  }

  static Parsed parse(JsonObject body) {
    JsonObject b = body == null ? new JsonObject() : body;
    for (String key : b.fieldNames()) {
      if (!FIELDS.contains(key)) {
        throw Failures.badRequest(key, "unknown field '" + key + "'; a backtest takes " + new TreeSet<>(FIELDS));
      }
    }
    BodyFields f = new BodyFields(b, "");
    QueryParams dates = new QueryParams(new JsonObject().put("from", text(b, "from")).put("to", text(b, "to")));
    LocalDate from = required(dates.date("from"), "from");
    LocalDate to = required(dates.date("to"), "to");
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > BacktestSpec.MAX_DAYS) {
      throw Failures.badRequest("to", "to must be on or after from and at most " + BacktestSpec.MAX_DAYS
          + " days on; got " + from + " to " + to);
    }
    String model = b.getValue("model") == null ? "production" : text(b, "model").trim();
    Strategy strategy = Strategy.parse(f.oneOf("strategy", null, names(Strategy.values()))).orElse(null);
    if (strategy == null) {
      throw Failures.badRequest("strategy", "strategy is required: single_legs, top_slips or greedy_slips");
    }
    SlipSpec slip = strategy.slips() ? slip(f.object("slip")) : null;
    String staking = f.oneOf("staking", "flat", Set.of("flat", "kelly"));
    Staking stakes = new Staking("kelly".equals(staking), f.number("unit", 1, 1e-6, 1e6),
        f.number("kelly_fraction", 0.25, 1e-6, 1), f.number("max_bet_fraction", 0.05, 1e-6, 1),
        f.number("max_day_fraction", 0.25, 1e-6, 1));
    Set<String> platforms = f.strings("platforms", PLATFORMS);
    return new Parsed(model, from, to, (int) f.whole("retrain_every_days", 7, 0, BacktestSpec.MAX_DAYS), strategy,
        f.number("min_edge", 0, -0.5, 0.5), slip, stakes, f.number("bankroll", 100, 1e-6, 1e9),
        platforms == null ? PLATFORMS : platforms, f.strings("stat_types", SupportedStats.STAT_TYPES),
        f.whole("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  private static SlipSpec slip(JsonObject s) {
    for (String key : s.fieldNames()) {
      if (!SLIP_FIELDS.contains(key)) {
        throw Failures.badRequest("slip." + key, "unknown field 'slip." + key + "'; a slip takes "
            + new TreeSet<>(SLIP_FIELDS));
      }
    }
    BodyFields f = new BodyFields(s, "slip.");
    OptimizeMethod method = OptimizeMethod.parse(f.oneOf("method", "exact", Set.of("exact", "genetic"))).orElseThrow();
    return new SlipSpec((int) f.whole("size", 3, 2, 6), f.oneOf("mode", "power", Set.of("power", "flex")),
        (int) f.whole("k", 3, 1, 20), method);
  }

  /** The request as run, every default filled in. */
  static JsonObject normalised(Parsed p, BacktestSpec spec) {
    JsonObject out = new JsonObject().put("from", spec.from().toString()).put("to", spec.to().toString())
        .put("model", p.model()).put("retrain_every_days", spec.retrainEveryDays())
        .put("strategy", spec.strategy().wire()).put("min_edge", spec.minEdge());
    if (spec.slip() != null) {
      out.put("slip", new JsonObject().put("size", spec.slip().size()).put("mode", spec.slip().mode())
          .put("k", spec.slip().k()).put("method", spec.strategy() == Strategy.GREEDY_SLIPS ? "greedy"
              : spec.slip().method().wire()));
    }
    Staking s = spec.staking();
    out.put("staking", s.kelly() ? "kelly" : "flat").put("unit", s.unit());
    if (s.kelly()) {
      out.put("kelly_fraction", s.kellyFraction()).put("max_bet_fraction", s.maxBetFraction())
          .put("max_day_fraction", s.maxDayFraction());
    }
    return out.put("bankroll", spec.bankroll())
        .put("platforms", new JsonArray(spec.platforms().stream().sorted().toList()))
        .put("stat_types", new JsonArray(spec.statTypes().stream().sorted().toList()))
        .put("seed", spec.seed());
  }

  private static Set<String> names(Strategy[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Strategy::wire).toList());
  }

  private static String text(JsonObject b, String field) {
    Object v = b.getValue(field);
    if (v != null && !(v instanceof String)) {
      throw Failures.badRequest(field, field + " must be a string");
    }
    return (String) v;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw Failures.badRequest(field, field + " is required (YYYY-MM-DD)");
    }
    return value;
  }
}
