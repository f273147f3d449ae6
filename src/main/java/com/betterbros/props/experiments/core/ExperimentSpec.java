package com.betterbros.props.experiments.core;

import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.SupportedStats;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What to train and how to judge it. Defaults: model type xgb_nb_regression, its default
 * hyper-parameters, every supported stat type, the whole history, seed 42, the last 25% of game
 * dates held out (walk-forward: train strictly before the first holdout date), and examples from
 * settled props when there are any, else from box scores ({@code source}: auto, props, history).
 */
public record ExperimentSpec(
    ModelType modelType,
    Map<String, Object> hyperParameters,
    Set<String> statTypes,
    LocalDate from,
    LocalDate to,
    long seed,
    double holdoutFraction,
    String source) {

  public static final double DEFAULT_HOLDOUT_FRACTION = 0.25;
  public static final Set<String> SOURCES = Set.of("auto", "props", "history");

  /** A spec with examples from {@code "auto"}. */
  public ExperimentSpec(ModelType modelType, Map<String, Object> hyperParameters, Set<String> statTypes,
      LocalDate from, LocalDate to, long seed, double holdoutFraction) {
    this(modelType, hyperParameters, statTypes, from, to, seed, holdoutFraction, "auto");
  }

  public static ExperimentSpec defaults() {
    return new ExperimentSpec(ModelType.XGB_NB_REGRESSION, Map.of(), SupportedStats.STAT_TYPES, null, null, 42,
        DEFAULT_HOLDOUT_FRACTION, "auto");
  }
}
