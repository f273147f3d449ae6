package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.math.Metrics;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Holdout quality on the synthetic season (seed 42, 60 days; train on the first 70% of dates,
 * score the rest) with the small local feature set of {@link SeasonRows}.
 */
class PropModelQualityTest {

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("Each model beats the coin flip and the rolling hit rate, and is calibrated (ECE <= 0.05) on the holdout")
  void holdoutQuality(ModelType type) {
    PropModel model = TrainedModels.get(type);
    List<TrainingRow> holdout = SeasonRows.holdout();
    int[] y = holdout.stream().mapToInt(TrainingRow::over).toArray();
    double[] p = model.predict(SeasonRows.inputs(holdout)).stream()
        .mapToDouble(LegPrediction::pOver).toArray();
    double[] oracle = holdout.stream().mapToDouble(TrainingRow::pTrue).toArray();
    double[] coin = new double[y.length];
    Arrays.fill(coin, 0.5);
    Metrics m = CalibrationMetrics.all(p, y);
    Metrics o = CalibrationMetrics.all(oracle, y);
    Metrics h = CalibrationMetrics.all(TrainedModels.hitRate(holdout), y);
    System.out.printf("%s holdout n=%d brier=%.4f ece=%.4f logloss=%.4f auc=%.4f | oracle brier=%.4f"
            + " ece=%.4f | hit-rate brier=%.4f | coin %.4f | train rows=%d, %d ms%n",
        type.wireName(), m.n(), m.brier(), m.ece(), m.logLoss(), m.auc(), o.brier(), o.ece(),
        h.brier(), CalibrationMetrics.all(coin, y).brier(), SeasonRows.train().size(),
        TrainedModels.millis(type));

    assertThat(m.n()).isGreaterThan(5000);
    assertThat(m.brier()).isLessThan(0.25).isLessThan(h.brier());
    assertThat(m.ece()).isLessThanOrEqualTo(0.05);
    assertThat(m.brier()).isGreaterThanOrEqualTo(o.brier() - 0.01);
  }
}
