package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CalibratedCounts and the tail-safe isotonic calibrator")
class CalibratedCountsTest {

  @Test
  @DisplayName("without a calibrator it is the negative binomial: same P(over), quantiles, and mean mu (1e-8)")
  void plainNegativeBinomial() {
    for (double[] c : new double[][] {{24.3, 8.0}, {1.7, 3.0}, {6.2, Double.POSITIVE_INFINITY}, {0.05, 2.0}}) {
      CalibratedCounts d = CalibratedCounts.of(c[0], c[1], null);
      assertThat(d.mean()).isCloseTo(c[0], within(1e-8));
      for (double line : new double[] {-0.5, 0.5, 1.5, 10.5, 24.5, 60.5}) {
        assertThat(d.probabilityOver(line)).isCloseTo(NegativeBinomial.probabilityOver(line, c[0], c[1]), within(1e-9));
      }
      for (double q : new double[] {0.1, 0.5, 0.9}) {
        assertThat((double) d.quantile(q)).isEqualTo(NegativeBinomial.quantile(q, c[0], c[1]));
      }
    }
  }

  @Test
  @DisplayName("the anchored calibrator is monotone, runs to (0, 0) and (1, 1), and shrinks a tiny extreme block")
  void anchored() {
    SplittableRandom rng = new SplittableRandom(3);
    int n = 2_000;
    double[] p = new double[n + 5];
    int[] y = new int[n + 5];
    for (int i = 0; i < n; i++) {
      p[i] = 0.35 + 0.3 * rng.nextDouble();
      y[i] = rng.nextDouble() < p[i] ? 1 : 0;
    }
    for (int i = n; i < n + 5; i++) {
      p[i] = 0.8;   // five rows far up, all overs: a plain isotonic fit maps them (and all above) to 1 - 1e-4
      y[i] = 1;
    }
    IsotonicCalibrator plain = IsotonicCalibrator.fit(p, y);
    IsotonicCalibrator g = IsotonicCalibrator.fitAnchored(p, y, 10);
    assertThat(plain.apply(0.9)).isEqualTo(1 - IsotonicCalibrator.EPS);
    assertThat(g.apply(0.9)).isBetween(0.8, 0.95);
    assertThat(g.apply(0.0)).isZero();
    assertThat(g.apply(1.0)).isEqualTo(1.0);
    double previous = 0;
    for (int k = 0; k <= 1000; k++) {
      double v = g.apply(k / 1000.0);
      assertThat(v).isGreaterThanOrEqualTo(previous);
      previous = v;
    }
    assertThat(g.apply(0.5)).isCloseTo(0.5, within(0.05));
  }

  @Test
  @DisplayName("through a calibrator the survival stays a survival: the mean is the sum, q90 leaves at most 10% above")
  void calibratedStaysADistribution() {
    IsotonicCalibrator g = IsotonicCalibrator.of(new double[] {0, 0.3, 0.6, 1}, new double[] {0, 0.2, 0.7, 1});
    CalibratedCounts d = CalibratedCounts.of(20, 6, g);
    double sum = 0;
    double last = 1;
    for (int k = 0; k < 400; k++) {
      double s = d.probabilityOver(k + 0.5);
      assertThat(s).isLessThanOrEqualTo(last);
      last = s;
      sum += s;
    }
    assertThat(d.mean()).isCloseTo(sum, within(1e-9));
    int q90 = d.quantile(0.9);
    assertThat(d.probabilityOver(q90)).isLessThanOrEqualTo(0.1);
    assertThat(d.probabilityOver(q90 - 1)).isGreaterThan(0.1);
    assertThat(d.cdf(-1)).isZero();
  }
}
