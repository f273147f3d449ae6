package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NormalTable")
class NormalTableTest {

  @Test
  @DisplayName("interpolated Phi is within 2.1e-10 of Normal.cdf on a grid finer than the table's")
  void matchesNormalCdf() {
    double worst = 0;
    for (double x = -10; x <= 10; x += 1.0 / 997) {
      worst = Math.max(worst, Math.abs(NormalTable.cdf(x) - Normal.cdf(x)));
    }
    assertThat(worst).isLessThan(2.1e-10);
  }

  @Test
  @DisplayName("exact at the nodes, monotone (to rounding), 0 and 1 beyond the table, NaN for NaN")
  void edges() {
    assertThat(NormalTable.cdf(0)).isEqualTo(0.5);
    assertThat(NormalTable.cdf(-1.5)).isEqualTo(Normal.cdf(-1.5));
    assertThat(NormalTable.cdf(-9)).isEqualTo(0);
    assertThat(NormalTable.cdf(9)).isEqualTo(1);
    assertThat(NormalTable.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0);
    assertThat(NormalTable.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
    assertThat(NormalTable.cdf(Double.NaN)).isNaN();
    double previous = 0;
    for (double x = -9; x <= 9; x += 1.0 / 331) {
      double v = NormalTable.cdf(x);
      assertThat(v).isGreaterThanOrEqualTo(previous - 1e-15);
      previous = v;
    }
  }
}
