package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CalibrationMetrics")
class CalibrationMetricsTest {

  private static final double[] P = {0.1, 0.4, 0.35, 0.8};
  private static final int[] Y = {0, 0, 1, 1};

  @Test
  @DisplayName("Brier is the mean squared error worked by hand")
  void brier() {
    // (0.1^2 + 0.4^2 + 0.65^2 + 0.2^2) / 4 = (0.01 + 0.16 + 0.4225 + 0.04) / 4 = 0.158125
    assertThat(CalibrationMetrics.brier(P, Y)).isCloseTo(0.158125, offset(1e-15));
    assertThat(CalibrationMetrics.brier(new double[] {0.5, 0.5}, new int[] {0, 1}))
        .isCloseTo(0.25, offset(1e-15));
  }

  @Test
  @DisplayName("log loss is the mean negative log-likelihood, and a confident miss is clipped")
  void logLoss() {
    // -(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4 = ln(1 / 0.1512) / 4 = 0.4722879538...
    assertThat(CalibrationMetrics.logLoss(P, Y)).isCloseTo(0.47228795380917615, offset(1e-14));
    // p = 0 for a positive is clipped to 1e-15: -ln(1e-15) = 34.538776394910684
    assertThat(CalibrationMetrics.logLoss(new double[] {0.0}, new int[] {1}))
        .isCloseTo(34.538776394910684, offset(1e-9));
    // p = 1 for a negative: 1 - (1 - 1e-15) is 9.992e-16 in double precision, -ln of it 34.5396
    assertThat(CalibrationMetrics.logLoss(new double[] {1.0}, new int[] {0}))
        .isCloseTo(34.538776394910684, offset(1e-3));
  }

  @Test
  @DisplayName("ECE with two and ten explicit bins matches the hand computation")
  void ece() {
    // 2 bins: [0, 0.5) holds p 0.1, 0.4, 0.35 (mean 0.28333) with y 0, 0, 1 (rate 0.33333):
    // 3/4 * 0.05 = 0.0375; [0.5, 1] holds 0.8 with y 1: 1/4 * 0.2 = 0.05. Total 0.0875.
    assertThat(CalibrationMetrics.ece(P, Y, 2)).isCloseTo(0.0875, offset(1e-15));
    // 10 bins: every p alone in its bin: (0.1 + 0.4 + 0.65 + 0.2) / 4 = 0.3375
    assertThat(CalibrationMetrics.ece(P, Y, 10)).isCloseTo(0.3375, offset(1e-15));
  }

  @Test
  @DisplayName("p = 1.0 falls in the last bin and a perfect forecast has zero ECE")
  void lastBin() {
    double[] p = {1.0, 0.0, 1.0};
    int[] y = {1, 0, 1};
    List<ReliabilityBin> bins = CalibrationMetrics.reliability(p, y, 10);
    assertThat(bins).containsExactly(
        new ReliabilityBin(0.0, 0.1, 1, 0.0, 0.0), new ReliabilityBin(0.9, 1.0, 2, 1.0, 1.0));
    assertThat(CalibrationMetrics.ece(p, y, 10)).isZero();
  }

  @Test
  @DisplayName("reliability lists only non-empty bins with their edges, counts and means")
  void reliability() {
    double[] p = {0.05, 0.15, 0.2, 0.25, 0.7};
    int[] y = {0, 1, 0, 1, 1};
    // 4 bins of width 0.25: [0, 0.25) has 0.05, 0.15, 0.2 (mean 0.4/3, rate 1/3);
    // [0.25, 0.5) has 0.25 (rate 1); [0.5, 0.75) has 0.7 (rate 1); [0.75, 1] is empty.
    List<ReliabilityBin> bins = CalibrationMetrics.reliability(p, y, 4);
    assertThat(bins).hasSize(3);
    assertThat(bins.get(0).lower()).isZero();
    assertThat(bins.get(0).upper()).isEqualTo(0.25);
    assertThat(bins.get(0).n()).isEqualTo(3);
    assertThat(bins.get(0).meanPredicted()).isCloseTo(0.4 / 3, offset(1e-15));
    assertThat(bins.get(0).observedRate()).isCloseTo(1.0 / 3, offset(1e-15));
    assertThat(bins.get(1)).isEqualTo(new ReliabilityBin(0.25, 0.5, 1, 0.25, 1.0));
    assertThat(bins.get(2)).isEqualTo(new ReliabilityBin(0.5, 0.75, 1, 0.7, 1.0));
  }

  @Test
  @DisplayName("AUC is the Mann–Whitney statistic, with ties counted as half")
  void auc() {
    // Ranks 1 (0.1), 3 (0.4), 2 (0.35), 4 (0.8); positives 2 + 4 = 6; U = 6 - 3 = 3; 3/4
    assertThat(CalibrationMetrics.auc(P, Y)).isCloseTo(0.75, offset(1e-15));
    // p = {0.2, 0.6, 0.6, 0.9}, y = {0, 0, 1, 1}: ranks 1, 2.5, 2.5, 4; U = 6.5 - 3 = 3.5; 0.875
    assertThat(CalibrationMetrics.auc(new double[] {0.2, 0.6, 0.6, 0.9}, new int[] {0, 0, 1, 1}))
        .isCloseTo(0.875, offset(1e-15));
    assertThat(CalibrationMetrics.auc(new double[] {0.5, 0.5, 0.5}, new int[] {1, 0, 1}))
        .isCloseTo(0.5, offset(1e-15));
    assertThat(CalibrationMetrics.auc(new double[] {0.9, 0.1}, new int[] {0, 1})).isZero();
  }

  @Test
  @DisplayName("AUC is NaN when only one class is present")
  void aucOneClass() {
    assertThat(CalibrationMetrics.auc(new double[] {0.2, 0.7}, new int[] {1, 1})).isNaN();
    assertThat(CalibrationMetrics.auc(new double[] {0.2, 0.7}, new int[] {0, 0})).isNaN();
  }

  @Test
  @DisplayName("all gathers Brier, log loss, ECE over 10 bins, AUC and n")
  void all() {
    Metrics m = CalibrationMetrics.all(P, Y);
    assertThat(m.brier()).isCloseTo(0.158125, offset(1e-15));
    assertThat(m.logLoss()).isCloseTo(0.47228795380917615, offset(1e-14));
    assertThat(m.ece()).isCloseTo(0.3375, offset(1e-15));
    assertThat(m.auc()).isCloseTo(0.75, offset(1e-15));
    assertThat(m.n()).isEqualTo(4);
  }

  @Test
  @DisplayName("bad inputs are rejected with a reason")
  void badInputs() {
    assertThatThrownBy(() -> CalibrationMetrics.brier(new double[] {0.5}, new int[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> CalibrationMetrics.brier(new double[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalibrationMetrics.logLoss(new double[] {1.2}, new int[] {1}))
        .hasMessageContaining("p[0]");
    assertThatThrownBy(() -> CalibrationMetrics.auc(new double[] {Double.NaN}, new int[] {1}))
        .hasMessageContaining("p[0]");
    assertThatThrownBy(() -> CalibrationMetrics.ece(new double[] {0.3}, new int[] {2}, 10))
        .hasMessageContaining("y[0]");
    assertThatThrownBy(() -> CalibrationMetrics.ece(new double[] {0.3}, new int[] {1}, 0))
        .hasMessageContaining("bins");
  }
}
