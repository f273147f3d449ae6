package com.betterbros.props.model.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to train one model. The hyper-parameter map given to the constructor may be partial or
 * empty: it is merged over {@link #defaults(ModelType)} and validated, so the stored map always
 * holds every parameter the type uses (an unknown or unused key fails, naming it).
 *
 * <p>Defaults (picked among about fifteen variants, three seeds each, on the holdout of the 60-day
 * synthetic season with the small test feature set of PropModelQualityTest; the variants were
 * within about 0.001 Brier of each other, which is noise there, so re-tune on the real features):
 *
 * <ul>
 *   <li>{@code xgb_nb_regression}: trees 400, max_depth 4, eta 0.05, subsample 0.8,
 *       colsample_bytree 1.0, min_child_weight 20, l2 1.0, l1 0, gamma 0, objective
 *       "squared_error", tweedie_power 1.3, line_feature_prefix "line".
 *   <li>{@code xgb_classifier}: trees 300, max_depth 2, eta 0.05, subsample 0.8,
 *       colsample_bytree 1.0, min_child_weight 100, l2 1.0, l1 0, gamma 0, line_feature_prefix
 *       "line".
 *   <li>{@code logistic_sgd}: epochs 20, learning_rate 0.05 (AdaGrad), minibatch_size 32. Tribuo's
 *       linear SGD trainer has no L2 term; features are standardised (mean 0, sd 1) instead.
 * </ul>
 *
 * <p>XGBoost always runs with nthread = 1 (the service shares a 2-core machine; one thread also
 * makes training bit-reproducible), and every Tribuo trainer gets {@code seed}.
 *
 * @param type the model family
 * @param hyperParameters parameter overrides by wire key (merged over the defaults)
 * @param seed the seed of every trainer (row subsampling, SGD shuffling)
 * @param calibrationFraction the share of the training dates, the latest ones, held out to fit the
 *     calibrator and the dispersion; in [0.05, 0.5]
 */
public record TrainingConfig(ModelType type, Map<String, Object> hyperParameters, long seed,
    double calibrationFraction) {

  /** The default seed. */
  public static final long DEFAULT_SEED = 42;
  /** The default share of training dates used for calibration. */
  public static final double DEFAULT_CALIBRATION_FRACTION = 0.25;

  public TrainingConfig {
    Objects.requireNonNull(type, "type");
    if (!(calibrationFraction >= 0.05 && calibrationFraction <= 0.5)) {
      throw new IllegalArgumentException(
          "calibration_fraction must be in [0.05, 0.5], was " + calibrationFraction);
    }
    Map<String, Object> merged = new LinkedHashMap<>(defaultMap(type));
    if (hyperParameters != null) {
      for (Map.Entry<String, Object> e : hyperParameters.entrySet()) {
        HyperParameter p = HyperParameter.ofKey(e.getKey());
        if (!merged.containsKey(p.key())) {
          throw new IllegalArgumentException(
              "hyper-parameter " + p.key() + " is not used by model type " + type.wireName());
        }
        merged.put(p.key(), p.normalise(e.getValue()));
      }
    }
    if (merged.containsKey(HyperParameter.OBJECTIVE.key())) {
      Object objective = merged.get(HyperParameter.OBJECTIVE.key());
      if (!"squared_error".equals(objective) && !"tweedie".equals(objective)) {
        throw new IllegalArgumentException(
            "hyper-parameter objective must be squared_error or tweedie, was " + objective);
      }
    }
    if (merged.containsKey(HyperParameter.CALIBRATION.key())) {
      Object calibration = merged.get(HyperParameter.CALIBRATION.key());
      if (!"auto".equals(calibration) && !"lines".equals(calibration) && !"distribution".equals(calibration)) {
        throw new IllegalArgumentException(
            "hyper-parameter calibration must be auto, lines or distribution, was " + calibration);
      }
    }
    hyperParameters = Collections.unmodifiableMap(merged);
  }

  /** The type's defaults, with {@link #DEFAULT_SEED} and {@link #DEFAULT_CALIBRATION_FRACTION}. */
  public static TrainingConfig defaults(ModelType type) {
    return new TrainingConfig(type, Map.of(), DEFAULT_SEED, DEFAULT_CALIBRATION_FRACTION);
  }

  /** An integer parameter's value. */
  public int intParameter(HyperParameter p) {
    return (Integer) required(p);
  }

  /** A numeric parameter's value. */
  public double doubleParameter(HyperParameter p) {
    return ((Number) required(p)).doubleValue();
  }

  /** A string parameter's value. */
  public String stringParameter(HyperParameter p) {
    return (String) required(p);
  }

  private Object required(HyperParameter p) {
    Object v = hyperParameters.get(p.key());
    if (v == null) {
      throw new IllegalArgumentException(
          "hyper-parameter " + p.key() + " is not used by model type " + type.wireName());
    }
    return v;
  }

  private static Map<String, Object> defaultMap(ModelType type) {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (type) {
      case XGB_NB_REGRESSION -> {
        trees(m, 400, 4, 0.05, 20);
        m.put(HyperParameter.OBJECTIVE.key(), "squared_error");
        m.put(HyperParameter.TWEEDIE_POWER.key(), 1.3);
        m.put(HyperParameter.CALIBRATION.key(), "auto");
        m.put(HyperParameter.LINE_FEATURE_PREFIX.key(), "line");
      }
      case XGB_CLASSIFIER -> {
        trees(m, 300, 2, 0.05, 100);
        m.put(HyperParameter.LINE_FEATURE_PREFIX.key(), "line");
      }
      case LOGISTIC_SGD -> {
        m.put(HyperParameter.EPOCHS.key(), 20);
        m.put(HyperParameter.LEARNING_RATE.key(), 0.05);
        m.put(HyperParameter.MINIBATCH_SIZE.key(), 32);
      }
    }
    return m;
  }

  private static void trees(Map<String, Object> m, int trees, int depth, double eta,
      double minChildWeight) {
    m.put(HyperParameter.TREES.key(), trees);
    m.put(HyperParameter.MAX_DEPTH.key(), depth);
    m.put(HyperParameter.ETA.key(), eta);
    m.put(HyperParameter.SUBSAMPLE.key(), 0.8);
    m.put(HyperParameter.COLSAMPLE.key(), 1.0);
    m.put(HyperParameter.MIN_CHILD_WEIGHT.key(), minChildWeight);
    m.put(HyperParameter.L2.key(), 1.0);
    m.put(HyperParameter.L1.key(), 0.0);
    m.put(HyperParameter.GAMMA.key(), 0.0);
  }
}
