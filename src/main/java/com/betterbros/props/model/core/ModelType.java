package com.betterbros.props.model.core;

import java.util.Locale;

/** The model families, with their wire names (as used by the experiments API). */
public enum ModelType {
  /**
   * XGBoost regression of the stat value (one pooled model, stat-type indicators) plus a negative
   * binomial per stat type for the count around the predicted mean: P(over) for any line.
   */
  XGB_NB_REGRESSION("xgb_nb_regression", true),
  /**
   * XGBoost over/under classifier (Brier loss, monotone in the line-relative features) on the
   * features, line-relative ones included.
   */
  XGB_CLASSIFIER("xgb_classifier", false),
  /** Logistic regression trained by SGD (AdaGrad) on standardised features. */
  LOGISTIC_SGD("logistic_sgd", false);

  private final String wireName;
  private final boolean predictsMean;

  ModelType(String wireName, boolean predictsMean) {
    this.wireName = wireName;
    this.predictsMean = predictsMean;
  }

  /** Whether the family models the stat itself: its predictions carry a finite projected mean. */
  public boolean predictsMean() {
    return predictsMean;
  }

  /** The wire name, e.g. "xgb_nb_regression". */
  public String wireName() {
    return wireName;
  }

  /**
   * The type of a wire name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value when it is not a model type
   */
  public static ModelType parse(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (ModelType t : values()) {
        if (t.wireName.equals(v)) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException("unknown model type: " + value
        + " (expected xgb_nb_regression, xgb_classifier or logistic_sgd)");
  }

  @Override
  public String toString() {
    return wireName;
  }
}
