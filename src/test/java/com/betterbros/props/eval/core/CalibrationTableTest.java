package com.betterbros.props.eval.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.math.WilsonInterval;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calibration tables: bins, Wilson intervals, ECE and MCE, Murphy's Brier decomposition")
class CalibrationTableTest {

  @Test
  @DisplayName("four forecasts worked by hand: two bins, ECE 0.25, MCE 0.4, REL - RES + UNC = Brier = 0.21")
  void byHand() {
    CalibrationTable t = CalibrationTable.of(new double[] {0.1, 0.1, 0.9, 0.9}, new int[] {0, 1, 1, 1},
        Binning.EQUAL_WIDTH, 10);
    assertThat(t.n()).isEqualTo(4);
    assertThat(t.bins()).hasSize(2);
    CalibrationBin low = t.bins().get(0);
    assertThat(low.lower()).isCloseTo(0.1, within(1e-12));
    assertThat(low.upper()).isCloseTo(0.2, within(1e-12));
    assertThat(low.n()).isEqualTo(2);
    assertThat(low.meanP()).isCloseTo(0.1, within(1e-12));
    assertThat(low.observed()).isCloseTo(0.5, within(1e-12));
    // Wilson 95% for 1 of 2: (0.0945, 0.9055)
    assertThat(low.ciLow()).isCloseTo(0.0945, within(1e-4));
    assertThat(low.ciHigh()).isCloseTo(0.9055, within(1e-4));
    assertThat(t.bins().get(1).upper()).isEqualTo(1.0);
    assertThat(t.ece()).isCloseTo(0.5 * 0.4 + 0.5 * 0.1, within(1e-12));
    assertThat(t.mce()).isCloseTo(0.4, within(1e-12));
    assertThat(t.brier()).isCloseTo(0.21, within(1e-12));
    assertThat(t.reliability()).isCloseTo(0.085, within(1e-12));
    assertThat(t.resolution()).isCloseTo(0.0625, within(1e-12));
    assertThat(t.uncertainty()).isCloseTo(0.1875, within(1e-12));
    assertThat(t.reliability() - t.resolution() + t.uncertainty()).isCloseTo(t.brier(), within(1e-12));
  }

  @Test
  @DisplayName("equal-mass bins split the sorted forecasts into groups of n/B, the first n mod B one larger")
  void equalMass() {
    List<CalibrationBin> bins = Binning.EQUAL_MASS.bins(new double[] {0.2, 0.4, 0.6, 0.8, 0.3},
        new int[] {0, 1, 1, 1, 0}, 2);
    assertThat(bins).extracting(CalibrationBin::n).containsExactly(3, 2);
    assertThat(bins.get(0).lower()).isEqualTo(0.2);
    assertThat(bins.get(0).upper()).isEqualTo(0.4);
    assertThat(bins.get(0).observed()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(bins.get(1).lower()).isEqualTo(0.6);
    assertThat(bins.get(1).meanP()).isCloseTo(0.7, within(1e-12));
  }

  @Test
  @DisplayName("on 5,000 seeded forecasts: ECE as CalibrationMetrics has it, the decomposition within 0.002 of Brier")
  void randomForecasts() {
    SplittableRandom random = new SplittableRandom(11);
    double[] p = new double[5_000];
    int[] y = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = random.nextDouble();
      // outcomes slightly miscalibrated: true probability 0.1 + 0.8 p
      y[i] = random.nextDouble() < 0.1 + 0.8 * p[i] ? 1 : 0;
    }
    CalibrationTable t = CalibrationTable.of(p, y, Binning.EQUAL_WIDTH, 10);
    assertThat(t.ece()).isCloseTo(CalibrationMetrics.ece(p, y, 10), within(1e-12));
    assertThat(t.logLoss()).isCloseTo(CalibrationMetrics.logLoss(p, y), within(1e-12));
    assertThat(t.auc()).isCloseTo(CalibrationMetrics.auc(p, y), within(1e-12));
    assertThat(t.reliability() - t.resolution() + t.uncertainty()).isCloseTo(t.brier(), within(0.002));
    assertThat(t.mce()).isGreaterThanOrEqualTo(t.ece());
    for (CalibrationBin b : t.bins()) {
      assertThat(b.ciLow()).isLessThanOrEqualTo(b.observed());
      assertThat(b.ciHigh()).isGreaterThanOrEqualTo(b.observed());
    }
    assertThat(Binning.EQUAL_MASS.bins(p, y, 10)).extracting(CalibrationBin::n).containsOnly(500);
  }

  @Test
  @DisplayName("Wilson stays inside [0, 1] at 0 of n and n of n, and is NaN for no trials")
  void wilsonEdges() {
    WilsonInterval none = WilsonInterval.of95(0, 20);
    assertThat(none.low()).isEqualTo(0.0);
    assertThat(none.high()).isCloseTo(0.1611, within(1e-4));
    WilsonInterval all = WilsonInterval.of95(20, 20);
    assertThat(all.high()).isEqualTo(1.0);
    assertThat(all.low()).isCloseTo(0.8389, within(1e-4));
    assertThat(WilsonInterval.of95(0, 0).low()).isNaN();
    assertThatThrownBy(() -> WilsonInterval.of95(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("no forecast is an error, not an empty table")
  void empty() {
    assertThatThrownBy(() -> CalibrationTable.of(new double[0], new int[0], Binning.EQUAL_WIDTH, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
