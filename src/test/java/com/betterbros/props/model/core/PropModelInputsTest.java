package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad inputs fail with a message naming the problem; missing values are accepted. */
class PropModelInputsTest {

  private static final TrainingRow ROW = SeasonRows.holdout().getFirst();

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("An unsupported stat type is rejected by name, in predict and explain")
  void unsupportedStatType(ModelType type) {
    PropModel model = TrainedModels.get(type);
    List<PredictionInput> in = List.of(new PredictionInput("steals", 1.5, ROW.features()));

    assertThatThrownBy(() -> model.predict(in)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported stat type: steals");
    assertThatThrownBy(() -> model.explain(in, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steals");
    assertThat(model.statTypes())
        .containsExactly("assists", "points", "pts_rebs_asts", "rebounds", "threes");
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("A feature vector of the wrong length or with an infinite value is rejected")
  void badVectors(ModelType type) {
    PropModel model = TrainedModels.get(type);
    double[] infinite = ROW.features().clone();
    infinite[0] = Double.POSITIVE_INFINITY;

    assertThatThrownBy(() -> model.predict(List.of(new PredictionInput(ROW.statType(),
        ROW.line(), Arrays.copyOf(ROW.features(), 3)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 13");
    assertThatThrownBy(() -> model.predict(List.of(new PredictionInput(ROW.statType(),
        ROW.line(), infinite))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mean5 is infinite");
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("Missing (NaN) features are allowed and still give a probability")
  void missingValues(ModelType type) {
    PropModel model = TrainedModels.get(type);
    double[] gaps = ROW.features().clone();
    Arrays.fill(gaps, 0, 9, Double.NaN);
    LegPrediction p = model.predict(List.of(new PredictionInput(ROW.statType(), ROW.line(),
        gaps))).getFirst();

    assertThat(p.pOver()).isBetween(0.0, 1.0);
    assertThat(model.explain(List.of(new PredictionInput(ROW.statType(), ROW.line(), gaps)), 2)
        .getFirst()).hasSize(2);
  }

  @Test
  @DisplayName("Bytes that are not a serialised model, or are truncated, are rejected")
  void badBytes() {
    byte[] good = TrainedModels.get(ModelType.LOGISTIC_SGD).serialize();

    assertThatThrownBy(() -> PropModel.deserialize("not a model".getBytes()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a serialised");
    assertThatThrownBy(() -> PropModel.deserialize(Arrays.copyOf(good, good.length - 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corrupt");
    assertThatThrownBy(() -> PropModel.deserialize(Arrays.copyOf(good, 40)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
