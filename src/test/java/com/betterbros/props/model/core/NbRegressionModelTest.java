package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The regression model's count distribution: any line, the mean and the 80% interval. */
class NbRegressionModelTest {

  private final NbRegressionModel model =
      (NbRegressionModel) TrainedModels.get(ModelType.XGB_NB_REGRESSION);
  private final List<TrainingRow> holdout = SeasonRows.holdout();

  @Test
  @DisplayName("Lines never posted price sensibly: 0.5 points is near-certain over, 99.5 near-certain under")
  void unseenLines() {
    TrainingRow row = holdout.stream().filter(r -> r.statType().equals("points")
        && r.line() > 15).findFirst().orElseThrow();
    List<LegPrediction> p = model.predict(List.of(
        new PredictionInput("points", 0.5, SeasonRows.atLine(row, 0.5)),
        new PredictionInput("points", row.line(), row.features()),
        new PredictionInput("points", 99.5, SeasonRows.atLine(row, 99.5))));

    assertThat(p.get(0).pOver()).isGreaterThan(0.95);
    assertThat(p.get(1).pOver()).isBetween(0.2, 0.8);
    assertThat(p.get(2).pOver()).isLessThan(0.01);
    // The mean and interval do not depend on the priced line.
    assertThat(p).extracting(LegPrediction::projectedMean).containsOnly(p.get(1).projectedMean());
    assertThat(p).extracting(LegPrediction::interval80High)
        .containsOnly(p.get(1).interval80High());
  }

  @Test
  @DisplayName("The 80% interval covers 75-92% of holdout outcomes (discrete quantiles, so at least 80% in a perfect model)")
  void intervalCoverage() {
    List<LegPrediction> p = model.predict(SeasonRows.inputs(holdout));
    long inside = IntStream.range(0, holdout.size())
        .filter(i -> holdout.get(i).actual() >= p.get(i).interval80Low()
            && holdout.get(i).actual() <= p.get(i).interval80High())
        .count();
    double coverage = inside / (double) holdout.size();
    System.out.printf("xgb_nb_regression 80%% interval coverage %.3f (n=%d), sizes r=%s%n",
        coverage, holdout.size(), model.sizes());

    assertThat(coverage).isBetween(0.75, 0.92);
    assertThat(p).allSatisfy(l -> assertThat(l.interval80Low())
        .isLessThanOrEqualTo(l.projectedMean()).isLessThanOrEqualTo(l.interval80High()));
  }

  @Test
  @DisplayName("Projected means are unbiased per stat type on the holdout (within 5% of the realised mean)")
  void meansUnbiased() {
    List<LegPrediction> p = model.predict(SeasonRows.inputs(holdout));
    for (String stat : model.statTypes()) {
      double predicted = IntStream.range(0, holdout.size())
          .filter(i -> holdout.get(i).statType().equals(stat))
          .mapToDouble(i -> p.get(i).projectedMean()).average().orElseThrow();
      double actual = holdout.stream().filter(r -> r.statType().equals(stat))
          .mapToDouble(TrainingRow::actual).average().orElseThrow();
      assertThat(predicted).as(stat).isCloseTo(actual, within(0.05 * actual));
    }
    assertThat(model.sizes().values()).allSatisfy(r -> assertThat(r).isPositive());
  }

  @Test
  @DisplayName("The classifiers have no stat distribution: mean and interval are NaN")
  void classifiersHaveNoMean() {
    List<PredictionInput> one = SeasonRows.inputs(holdout.subList(0, 1));
    for (ModelType type : List.of(ModelType.XGB_CLASSIFIER, ModelType.LOGISTIC_SGD)) {
      LegPrediction p = TrainedModels.get(type).predict(one).getFirst();
      assertThat(p.projectedMean()).isNaN();
      assertThat(p.interval80Low()).isNaN();
      assertThat(p.interval80High()).isNaN();
      assertThat(p.pOver()).isBetween(0.0, 1.0);
    }
  }
}
