package com.betterbros.props.experiments;

import com.betterbros.props.model.ModelType;
import com.betterbros.props.model.SupportedStats;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What to train and how to judge it. Defaults: model type xgb_nb_regression, its default
 * hyper-parameters, every supported stat type, the whole history, seed 42, and the last 25% of
 * game dates held out (walk-forward: train strictly before the first holdout date).
 */
public record ExperimentSpec(
    ModelType modelType,
    Map<String, Object> hyperParameters,
    Set<String> statTypes,
    LocalDate from,
    LocalDate to,
    long seed,
    double holdoutFraction) {

  public static final double DEFAULT_HOLDOUT_FRACTION = 0.25;

  public static ExperimentSpec defaults() {
    return new ExperimentSpec(ModelType.XGB_NB_REGRESSION, Map.of(), SupportedStats.STAT_TYPES, null, null, 42,
        DEFAULT_HOLDOUT_FRACTION);
  }
}
