package com.betterbros.props.experiments;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.experiments.core.ExperimentSpec;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.model.core.TrainingConfig;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Validates a POST /experiments body into an {@link ExperimentSpec}; every bad field is a 400 naming it. */
final class ExperimentRequests {

  /**
   * Upper bounds on the cost-driving hyper-parameters a user may ask for (tighter than what the
   * model code itself accepts): one experiment must not hold a training core for minutes.
   * Beyond them: 400 naming {@code hyper_parameters.<key>}.
   */
  static final Map<String, Integer> MAX_COST = Map.of("trees", 2000, "max_depth", 10, "epochs", 200);

  private ExperimentRequests() {}

  private static void requireWithinCost(Map<String, Object> hyper) {
    for (Map.Entry<String, Integer> bound : MAX_COST.entrySet()) {
      Object v = hyper.get(bound.getKey());
      if (v instanceof Number n && !(n.doubleValue() <= bound.getValue())) {
        String field = "hyper_parameters." + bound.getKey();
        throw Failures.badRequest(field, field + " must be at most " + bound.getValue() + " (got " + v + ")");
      }
    }
  }

  static ExperimentSpec parse(JsonObject body) {
    JsonObject b = body == null ? new JsonObject() : body;
    ExperimentSpec d = ExperimentSpec.defaults();
    ModelType type = d.modelType();
    if (b.getValue("model_type") != null) {
      try {
        type = ModelType.parse(String.valueOf(b.getValue("model_type")));
      } catch (IllegalArgumentException e) {
        throw Failures.badRequest("model_type", "model_type must be one of xgb_nb_regression, xgb_classifier, "
            + "logistic_sgd; got '" + b.getValue("model_type") + "'");
      }
    }
    Object hyper = b.getValue("hyper_parameters");
    if (hyper != null && !(hyper instanceof JsonObject)) {
      throw Failures.badRequest("hyper_parameters", "hyper_parameters must be an object");
    }
    Map<String, Object> hyperParameters = hyper == null ? Map.of() : ((JsonObject) hyper).getMap();
    requireWithinCost(hyperParameters);
    Set<String> stats = d.statTypes();
    if (b.getValue("stat_types") != null) {
      if (!(b.getValue("stat_types") instanceof JsonArray arr) || arr.isEmpty()) {
        throw Failures.badRequest("stat_types", "stat_types must be a non-empty array of stat types");
      }
      stats = new LinkedHashSet<>();
      for (Object o : arr) {
        String s = String.valueOf(o);
        if (!SupportedStats.STAT_TYPES.contains(s)) {
          throw Failures.unprocessable("stat_types", "stat type " + s + " is not supported (supported: "
              + SupportedStats.STAT_TYPES + ")");
        }
        stats.add(s);
      }
    }
    QueryParams q = new QueryParams(new JsonObject()
        .put("from", b.getValue("from") == null ? null : String.valueOf(b.getValue("from")))
        .put("to", b.getValue("to") == null ? null : String.valueOf(b.getValue("to"))));
    LocalDate from = q.date("from");
    LocalDate to = q.date("to");
    QueryParams.requireOrdered("from", from, to);
    long seed = d.seed();
    if (b.getValue("seed") != null) {
      if (!(b.getValue("seed") instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
        throw Failures.badRequest("seed", "seed must be a whole number");
      }
      seed = n.longValue();
    }
    double holdout = d.holdoutFraction();
    if (b.getValue("holdout_fraction") != null) {
      if (!(b.getValue("holdout_fraction") instanceof Number n) || n.doubleValue() < 0.05 || n.doubleValue() > 0.5) {
        throw Failures.badRequest("holdout_fraction", "holdout_fraction must be a number from 0.05 to 0.5");
      }
      holdout = n.doubleValue();
    }
    String source = d.source();
    if (b.getValue("source") != null) {
      source = String.valueOf(b.getValue("source"));
      if (!ExperimentSpec.SOURCES.contains(source)) {
        throw Failures.badRequest("source", "source must be one of auto, props, history; got '" + source + "'");
      }
    }
    try {
      // Merged over the type's defaults and validated now, so a bad key is a 400, not a failed job.
      hyperParameters = new TrainingConfig(type, hyperParameters, seed,
          TrainingConfig.DEFAULT_CALIBRATION_FRACTION).hyperParameters();
    } catch (IllegalArgumentException e) {
      throw Failures.badRequest("hyper_parameters", e.getMessage());
    }
    return new ExperimentSpec(type, hyperParameters, stats, from, to, seed, holdout, source);
  }

  /** The normalised request, stored with the experiment (defaults filled in). */
  static JsonObject describe(ExperimentSpec s) {
    return new JsonObject()
        .put("model_type", s.modelType().wireName())
        .put("hyper_parameters", new JsonObject(s.hyperParameters()))
        .put("stat_types", new JsonArray(s.statTypes().stream().sorted().toList()))
        .put("from", s.from() == null ? null : s.from().toString())
        .put("to", s.to() == null ? null : s.to().toString())
        .put("seed", s.seed())
        .put("holdout_fraction", s.holdoutFraction())
        .put("source", s.source());
  }
}
