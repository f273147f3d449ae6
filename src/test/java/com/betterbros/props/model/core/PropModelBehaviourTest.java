package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Behaviour every model type must have, on models trained with defaults (seed 42). */
class PropModelBehaviourTest {

  /** Every 250th holdout row: about 60 legs over all stat types. */
  private static final List<TrainingRow> SAMPLE = IntStream
      .iterate(0, i -> i < SeasonRows.holdout().size(), i -> i + 250)
      .mapToObj(SeasonRows.holdout()::get).toList();

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("P(over) never rises with the line, from 0.5 up to never-posted lines like 99.5")
  void monotoneInLine(ModelType type) {
    PropModel model = TrainedModels.get(type);
    for (TrainingRow row : SAMPLE) {
      List<PredictionInput> ladder = new ArrayList<>();
      for (double line = 0.5; line <= 70.5; line += 1) {
        ladder.add(new PredictionInput(row.statType(), line, SeasonRows.atLine(row, line)));
      }
      ladder.add(new PredictionInput(row.statType(), 99.5, SeasonRows.atLine(row, 99.5)));
      List<LegPrediction> p = model.predict(ladder);
      for (int i = 1; i < p.size(); i++) {
        assertThat(p.get(i).pOver()).as("%s %s line %s", type, row.propId(), ladder.get(i).line())
            .isLessThanOrEqualTo(p.get(i - 1).pOver());
      }
      assertThat(p.getFirst().pOver()).isGreaterThan(p.getLast().pOver());
      assertThat(p).allSatisfy(l -> assertThat(l.pOver()).isBetween(0.0, 1.0));
    }
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("A serialised and reloaded model predicts and explains exactly as the original")
  void serializationRoundTrip(ModelType type) {
    PropModel model = TrainedModels.get(type);
    byte[] bytes = model.serialize();
    PropModel back = PropModel.deserialize(bytes);
    List<PredictionInput> inputs = SeasonRows.inputs(SAMPLE);

    assertThat(back.type()).isEqualTo(type);
    assertThat(back.featureNames()).isEqualTo(SeasonRows.FEATURES);
    assertThat(back.statTypes()).isEqualTo(model.statTypes());
    assertThat(back.predict(inputs)).isEqualTo(model.predict(inputs));
    assertThat(back.explain(inputs, 5)).isEqualTo(model.explain(inputs, 5));
    assertThat(PropModel.deserialize(back.serialize()).predict(inputs))
        .isEqualTo(model.predict(inputs));
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("A batch prediction equals the same legs predicted one at a time")
  void batchEqualsPerRow(ModelType type) {
    PropModel model = TrainedModels.get(type);
    List<PredictionInput> inputs = SeasonRows.inputs(SAMPLE);
    List<LegPrediction> batch = model.predict(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(model.predict(List.of(inputs.get(i)))).containsExactly(batch.get(i));
    }
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("explain returns the top contributions by |value|, named after the model's features")
  void explainTop(ModelType type) {
    PropModel model = TrainedModels.get(type);
    List<String> names = new ArrayList<>(model.featureNames());
    names.add(FeatureLayout.STAT_GROUP);
    List<List<Contribution>> top = model.explain(SeasonRows.inputs(SAMPLE), 4);

    assertThat(top).hasSize(SAMPLE.size());
    for (List<Contribution> row : top) {
      assertThat(row).hasSize(4);
      assertThat(row).extracting(Contribution::feature).doesNotHaveDuplicates()
          .allSatisfy(n -> assertThat(names).contains(n));
      for (int i = 1; i < row.size(); i++) {
        assertThat(Math.abs(row.get(i).value()))
            .isLessThanOrEqualTo(Math.abs(row.get(i - 1).value()));
      }
    }
    assertThat(top).anySatisfy(row -> assertThat(row.getFirst().value()).isNotZero());
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("All contributions plus the bias reproduce the model's own margin")
  void contributionsAddUp(ModelType type) {
    CalibratedModel model = (CalibratedModel) TrainedModels.get(type);
    List<PredictionInput> inputs = SeasonRows.inputs(SAMPLE);
    List<List<Contribution>> all = model.explain(inputs, Integer.MAX_VALUE);
    double[] margins = model.margins(inputs);
    double[] biases = model.biases(inputs);
    // Logistic: exact w_i z_i sums (double); trees: TreeSHAP in float32.
    double tolerance = type == ModelType.LOGISTIC_SGD ? 1e-9 : 2e-4;
    for (int i = 0; i < inputs.size(); i++) {
      double sum = biases[i] + all.get(i).stream().mapToDouble(Contribution::value).sum();
      assertThat(sum).as("row %d", i)
          .isCloseTo(margins[i], within(tolerance * Math.max(1, Math.abs(margins[i]))));
    }
    assertThat(all.getFirst()).hasSize(model.featureNames().size()
        - (type == ModelType.XGB_NB_REGRESSION ? 2 : 0) + 1);
  }
}
