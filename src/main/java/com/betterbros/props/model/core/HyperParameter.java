package com.betterbros.props.model.core;

/**
 * The hyper-parameters a {@link TrainingConfig} accepts, with their wire keys, kinds and valid
 * ranges. Which keys a model type uses, and their defaults, are in {@link TrainingConfig#defaults}.
 */
public enum HyperParameter {
  /** Boosting rounds: the number of trees. */
  TREES("trees", Kind.INT, 1, 5000),
  /** Maximum depth of each tree. */
  MAX_DEPTH("max_depth", Kind.INT, 1, 12),
  /** Learning rate (XGBoost eta): each tree's leaf values are multiplied by it. */
  ETA("eta", Kind.DOUBLE, 1e-4, 1),
  /** Fraction of the training rows sampled (with the config's seed) for each tree. */
  SUBSAMPLE("subsample", Kind.DOUBLE, 0.05, 1),
  /** Fraction of the features sampled for each tree (XGBoost colsample_bytree). */
  COLSAMPLE("colsample_bytree", Kind.DOUBLE, 0.05, 1),
  /** Minimum sum of Hessians in a leaf: both tree models use squared error, so rows per leaf. */
  MIN_CHILD_WEIGHT("min_child_weight", Kind.DOUBLE, 0, 1e6),
  /** L2 penalty on leaf weights (XGBoost lambda). */
  L2("l2", Kind.DOUBLE, 0, 1e6),
  /** L1 penalty on leaf weights (XGBoost alpha). */
  L1("l1", Kind.DOUBLE, 0, 1e6),
  /** Minimum loss reduction needed to split a node (XGBoost gamma). */
  GAMMA("gamma", Kind.DOUBLE, 0, 1e6),
  /** Regression loss for the mean: "squared_error" or "tweedie" (log link). */
  OBJECTIVE("objective", Kind.STRING, 0, 0),
  /** Tweedie variance power in (1, 2), used when objective is "tweedie". */
  TWEEDIE_POWER("tweedie_power", Kind.DOUBLE, 1.01, 1.99),
  /**
   * What the regression's calibrator is fitted on: "lines" (the posted lines, plus the tails of
   * each row's distribution: for posted market lines, which carry information the mean has not)
   * or "distribution" (a spread of each row's quantiles: for reference lines, which carry none);
   * "auto" (the default) is "distribution" for experiments on box scores, "lines" otherwise.
   */
  CALIBRATION("calibration", Kind.STRING, 0, 0),
  /**
   * Name prefix of the line-relative features (value increasing in the line). The regression's
   * mean ignores them so that it does not move with the priced line; the XGBoost classifier is
   * constrained to be non-increasing in them.
   */
  LINE_FEATURE_PREFIX("line_feature_prefix", Kind.STRING, 0, 0),
  /** Passes over the training data (SGD). */
  EPOCHS("epochs", Kind.INT, 1, 1000),
  /** AdaGrad's initial learning rate (SGD). */
  LEARNING_RATE("learning_rate", Kind.DOUBLE, 1e-6, 100),
  /** Examples per SGD step. */
  MINIBATCH_SIZE("minibatch_size", Kind.INT, 1, 100_000);

  /** The value kinds. */
  public enum Kind { INT, DOUBLE, STRING }

  private final String key;
  private final Kind kind;
  private final double min;
  private final double max;

  HyperParameter(String key, Kind kind, double min, double max) {
    this.key = key;
    this.kind = kind;
    this.min = min;
    this.max = max;
  }

  /** The wire key, e.g. "max_depth". */
  public String key() {
    return key;
  }

  /** The parameter's kind. */
  public Kind kind() {
    return kind;
  }

  /**
   * The parameter with this wire key.
   *
   * @throws IllegalArgumentException naming the key when there is none
   */
  public static HyperParameter ofKey(String key) {
    for (HyperParameter p : values()) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown hyper-parameter: " + key);
  }

  /**
   * The value normalised to Integer, Double or String.
   *
   * @throws IllegalArgumentException naming the key when the value has the wrong kind or range
   */
  Object normalise(Object value) {
    if (kind == Kind.STRING) {
      if (value instanceof String s && !s.isBlank()) {
        return s.trim();
      }
      throw new IllegalArgumentException("hyper-parameter " + key + " must be a non-empty string");
    }
    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      throw new IllegalArgumentException("hyper-parameter " + key + " must be a finite number");
    }
    double d = n.doubleValue();
    if (kind == Kind.INT && d != Math.rint(d)) {
      throw new IllegalArgumentException("hyper-parameter " + key + " must be an integer");
    }
    if (d < min || d > max) {
      throw new IllegalArgumentException(
          "hyper-parameter " + key + " must be in [" + min + ", " + max + "], was " + d);
    }
    return kind == Kind.INT ? (Object) (int) d : (Object) d;
  }
}
