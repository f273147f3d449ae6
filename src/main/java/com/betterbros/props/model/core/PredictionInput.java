package com.betterbros.props.model.core;

import java.util.Objects;

/**
 * What a model needs to price one leg: the stat type, the line to price (any line, posted or not)
 * and the features in the order of {@link PropModel#featureNames()}; NaN means missing.
 * Line-relative features must be computed at {@code line}.
 */
public record PredictionInput(String statType, double line, double[] features) {

  public PredictionInput {
    Objects.requireNonNull(statType, "statType");
    Objects.requireNonNull(features, "features");
    if (!Double.isFinite(line)) {
      throw new IllegalArgumentException("line must be finite");
    }
  }
}
