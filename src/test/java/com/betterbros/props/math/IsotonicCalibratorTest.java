package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IsotonicCalibrator")
class IsotonicCalibratorTest {

  @Test
  @DisplayName("pools the violating pair of the classic 1, 3, 2, 4 example")
  void classicExample() {
    // Four groups of four rows at p = 0.2, 0.4, 0.6, 0.8 with 1, 3, 2, 4 positives: rates 0.25,
    // 0.75, 0.5, 1. PAV pools 0.75 and 0.5 into 0.625 (centre p = 0.5); 1 is clamped to 0.9999.
    double[] p = new double[16];
    int[] y = new int[16];
    int[] positives = {1, 3, 2, 4};
    for (int g = 0; g < 4; g++) {
      for (int j = 0; j < 4; j++) {
        p[4 * g + j] = 0.2 * (g + 1);
        y[4 * g + j] = j < positives[g] ? 1 : 0;
      }
    }
    IsotonicCalibrator iso = IsotonicCalibrator.fit(p, y);
    assertThat(iso.xs()).containsExactly(new double[] {0.2, 0.5, 0.8}, offset(1e-15));
    assertThat(iso.ys()).containsExactly(new double[] {0.25, 0.625, 0.9999}, offset(1e-15));
    // Linear between knots: halfway from 0.2 to 0.5 is (0.25 + 0.625) / 2 = 0.4375
    assertThat(iso.apply(0.35)).isCloseTo(0.4375, offset(1e-15));
    // Constant outside the knots
    assertThat(iso.apply(0.0)).isCloseTo(0.25, offset(1e-15));
    assertThat(iso.apply(1.0)).isCloseTo(0.9999, offset(1e-15));
  }

  @Test
  @DisplayName("a violation found late pools backwards through earlier blocks")
  void backwardPooling() {
    // p = 0.1 (5 rows, 3 positive: 0.6), 0.2 (2 rows, 1 positive: 0.5), 0.3 (3 rows, none: 0).
    // 0.6 > 0.5 pools to 4/7; 4/7 > 0 pools again to 4/10 = 0.4 with centre
    // (5 * 0.1 + 2 * 0.2 + 3 * 0.3) / 10 = 0.18: one block, so a constant 0.4.
    double[] p = {0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.3};
    int[] y = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
    IsotonicCalibrator iso = IsotonicCalibrator.fit(p, y);
    assertThat(iso.xs()).containsExactly(new double[] {0.18}, offset(1e-15));
    assertThat(iso.ys()).containsExactly(new double[] {0.4}, offset(1e-15));
    assertThat(iso.apply(0.05)).isEqualTo(iso.apply(0.95));
  }

  @Test
  @DisplayName("a single class is clamped to [1e-4, 1 - 1e-4]")
  void clamped() {
    IsotonicCalibrator none = IsotonicCalibrator.fit(new double[] {0.3, 0.6}, new int[] {0, 0});
    assertThat(none.apply(0.5)).isEqualTo(1e-4);
    IsotonicCalibrator all = IsotonicCalibrator.fit(new double[] {0.3, 0.6}, new int[] {1, 1});
    assertThat(all.apply(0.5)).isEqualTo(1 - 1e-4);
  }

  @Test
  @DisplayName("the fitted map is non-decreasing on random data (seed 11)")
  void monotone() {
    SplittableRandom rng = new SplittableRandom(11);
    double[] p = new double[3000];
    int[] y = new int[3000];
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.round(rng.nextDouble() * 200) / 200.0; // rounding forces ties
      y[i] = Sampling.bernoulli(rng, 0.2 + 0.6 * p[i] + 0.15 * Math.sin(20 * p[i]));
    }
    IsotonicCalibrator iso = IsotonicCalibrator.fit(p, y);
    double[] xs = iso.xs();
    double[] ys = iso.ys();
    assertThat(xs.length).isGreaterThan(3);
    for (int i = 1; i < xs.length; i++) {
      assertThat(xs[i]).isGreaterThan(xs[i - 1]);
      assertThat(ys[i]).isGreaterThanOrEqualTo(ys[i - 1]);
    }
    double previous = iso.apply(0);
    for (int k = 1; k <= 1000; k++) {
      double next = iso.apply(k / 1000.0);
      assertThat(next).isGreaterThanOrEqualTo(previous).isBetween(1e-4, 1 - 1e-4);
      previous = next;
    }
  }

  @Test
  @DisplayName("calibration cuts the ECE of miscalibrated forecasts on a fresh sample (seed 5)")
  void improvesEce() {
    // The truth is q = p^2, so raw p overstates every probability (ECE about E[p - p^2] = 1/6).
    SplittableRandom rng = new SplittableRandom(5);
    int n = 5000;
    double[][] p = new double[2][n];
    int[][] y = new int[2][n];
    for (int s = 0; s < 2; s++) {
      for (int i = 0; i < n; i++) {
        p[s][i] = rng.nextDouble();
        y[s][i] = Sampling.bernoulli(rng, p[s][i] * p[s][i]);
      }
    }
    IsotonicCalibrator iso = IsotonicCalibrator.fit(p[0], y[0]);
    double[] calibrated = new double[n];
    for (int i = 0; i < n; i++) {
      calibrated[i] = iso.apply(p[1][i]);
    }
    double raw = CalibrationMetrics.ece(p[1], y[1], 10);
    double after = CalibrationMetrics.ece(calibrated, y[1], 10);
    assertThat(raw).isGreaterThan(0.14);
    assertThat(after).isLessThan(0.03);
    assertThat(CalibrationMetrics.brier(calibrated, y[1]))
        .isLessThan(CalibrationMetrics.brier(p[1], y[1]));
  }

  @Test
  @DisplayName("knots round-trip through of(xs, ys) to the same map")
  void roundTrip() {
    SplittableRandom rng = new SplittableRandom(23);
    double[] p = new double[500];
    int[] y = new int[500];
    for (int i = 0; i < p.length; i++) {
      p[i] = rng.nextDouble();
      y[i] = Sampling.bernoulli(rng, p[i]);
    }
    IsotonicCalibrator iso = IsotonicCalibrator.fit(p, y);
    IsotonicCalibrator copy = IsotonicCalibrator.of(iso.xs(), iso.ys());
    for (int k = 0; k <= 100; k++) {
      assertThat(copy.apply(k / 100.0)).isEqualTo(iso.apply(k / 100.0));
    }
  }

  @Test
  @DisplayName("of rejects unsorted, mismatched or out-of-range knots, and apply rejects NaN")
  void badKnots() {
    double[] ascending = {0.1, 0.2};
    assertThatThrownBy(() -> IsotonicCalibrator.of(new double[] {0.5, 0.4}, ascending))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted");
    assertThatThrownBy(() -> IsotonicCalibrator.of(ascending, new double[] {0.3, 0.2}))
        .hasMessageContaining("sorted");
    assertThatThrownBy(() -> IsotonicCalibrator.of(new double[] {0.4}, new double[] {0.1, 0.2}))
        .hasMessageContaining("same");
    assertThatThrownBy(() -> IsotonicCalibrator.of(new double[] {1.5}, new double[] {0.1}))
        .hasMessageContaining("[0, 1]");
    IsotonicCalibrator iso = IsotonicCalibrator.of(new double[] {0.5}, new double[] {0.5});
    assertThatThrownBy(() -> iso.apply(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
