package com.betterbros.props.model.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One settled prop as a training example: its features as of tip-off (in the order of the
 * trainer's feature names), the posted line and the realised box-score value. Props whose player
 * did not play (no box score) are not training rows.
 *
 * @param propId the prop's id (for tracing holdout rows back to props)
 * @param date the game's date; walk-forward splits are by this date, never random
 * @param statType the normalised stat type ("points", "rebounds", ...)
 * @param line the posted line (x.5, so there are no pushes)
 * @param features feature values in the order of the feature names given to the trainer; NaN means
 *     missing
 * @param actual the realised stat value
 * @param pTrue the generator's true P(over) for synthetic props, null otherwise; never a model
 *     input, only used to score against an oracle
 */
public record TrainingRow(String propId, LocalDate date, String statType, double line,
    double[] features, double actual, Double pTrue) {

  public TrainingRow {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(statType, "statType");
    Objects.requireNonNull(features, "features");
    if (!Double.isFinite(line) || !Double.isFinite(actual)) {
      throw new IllegalArgumentException("line and actual must be finite for prop " + propId);
    }
  }

  /** 1 when the realised value is over the line, else 0. */
  public int over() {
    return actual > line ? 1 : 0;
  }
}
