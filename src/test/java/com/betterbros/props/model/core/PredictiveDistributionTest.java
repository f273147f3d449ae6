package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regression model serves P(over), the projected mean and the 80% interval from one predictive
 * distribution: checked inside the model (each number recomputed from the served P(over) at every
 * line) and against the holdout's outcomes, for the squared-error and the tweedie objective (seed 42).
 */
class PredictiveDistributionTest {

  private static final List<TrainingRow> SAMPLE = IntStream
      .iterate(0, i -> i < SeasonRows.holdout().size(), i -> i + 400)
      .mapToObj(SeasonRows.holdout()::get).toList();

  private static PropModel model(String objective) {
    if (objective.equals("squared_error")) {
      return TrainedModels.get(ModelType.XGB_NB_REGRESSION);
    }
    TrainingConfig cfg = new TrainingConfig(ModelType.XGB_NB_REGRESSION, Map.of("objective", objective, "trees", 150),
        42, TrainingConfig.DEFAULT_CALIBRATION_FRACTION);
    return PropModelTrainer.train(SeasonRows.train(), SeasonRows.FEATURES, cfg, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"squared_error", "tweedie"})
  @DisplayName("the mean is the sum of the served P(X > k), and P(X > upper end of the 80% interval) <= 0.10 < the step below")
  void oneDistribution(String objective) {
    PropModel model = model(objective);
    for (TrainingRow row : SAMPLE) {
      LegPrediction at = model.predict(List.of(new PredictionInput(row.statType(), row.line(), row.features()))).get(0);
      List<PredictionInput> ladder = new ArrayList<>();
      for (int k = 0; k <= 250; k++) {
        ladder.add(new PredictionInput(row.statType(), k + 0.5, SeasonRows.atLine(row, k + 0.5)));
      }
      List<LegPrediction> p = model.predict(ladder);
      double mean = p.stream().mapToDouble(LegPrediction::pOver).sum();
      assertThat(at.projectedMean()).as(row.propId()).isCloseTo(mean, within(1e-6));
      int hi = (int) at.interval80High();
      int lo = (int) at.interval80Low();
      assertThat(p.get(hi).pOver()).as("P(X > q90)").isLessThanOrEqualTo(0.10);
      if (hi > 0) {
        assertThat(p.get(hi - 1).pOver()).as("P(X > q90 - 1)").isGreaterThan(0.10);
      }
      assertThat(lo == 0 ? 1.0 : p.get(lo - 1).pOver()).as("P(X > q10 - 1) = P(X >= q10)").isGreaterThanOrEqualTo(0.90);
      assertThat(at.projectedMean()).isBetween((double) lo, (double) hi + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"squared_error", "tweedie"})
  @DisplayName("on the holdout, about 10% of outcomes land above the 80% interval and 80% inside it")
  void coverage(String objective) {
    PropModel model = model(objective);
    List<TrainingRow> holdout = SeasonRows.holdout();
    List<LegPrediction> p = model.predict(SeasonRows.inputs(holdout));
    int above = 0;
    int inside = 0;
    for (int i = 0; i < holdout.size(); i++) {
      double y = holdout.get(i).actual();
      above += y > p.get(i).interval80High() ? 1 : 0;
      inside += y >= p.get(i).interval80Low() && y <= p.get(i).interval80High() ? 1 : 0;
    }
    double n = holdout.size();
    System.out.printf("%s: above q90 %.4f, inside %.4f, below q10 %.4f%n", objective, above / n, inside / n,
        1 - (above + inside) / n);
    // Counts are discrete: the closed interval [q10, q90] holds at least 80% by construction, a little more.
    assertThat(above / n).as("above q90, n=%d", holdout.size()).isCloseTo(0.10, within(0.03));
    assertThat(inside / n).as("inside [q10, q90]").isBetween(0.76, 0.90);
  }
}
