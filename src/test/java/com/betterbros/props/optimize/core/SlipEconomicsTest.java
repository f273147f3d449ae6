package com.betterbros.props.optimize.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slip economics")
class SlipEconomicsTest {

  private static final PayoutVersion PAYOUTS = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));

  private static PayoutTable table(String platform, String mode, int legs) {
    return PAYOUTS.table(platform, mode, legs).orElseThrow();
  }

  /** Two independent legs of p = 0.6: P(0, 1, 2 hits) = 0.16, 0.48, 0.36. */
  private static final double[] TWO_AT_60 = {0.16, 0.48, 0.36};
  private static final double[] POWER_2 = {0, 0, 3};

  @Test
  @DisplayName("two independent 0.6 legs on 2-leg Power: EV 0.6^2 * 3 - 1 = 0.08, P(profit) 0.36, variance 2.0736")
  void twoLegPower() {
    assertThat(SlipEconomics.expectedValue(TWO_AT_60, POWER_2)).isCloseTo(0.08, offset(1e-12));
    assertThat(SlipEconomics.profitProbability(TWO_AT_60, POWER_2)).isCloseTo(0.36, offset(1e-12));
    // E[R^2] - E[R]^2 = 0.36 * 9 - 1.08^2 = 3.24 - 1.1664
    assertThat(SlipEconomics.variance(TWO_AT_60, POWER_2)).isCloseTo(2.0736, offset(1e-12));
  }

  @Test
  @DisplayName("Kelly of a slip with one paying outcome is the binary (b p - q) / b")
  void kellyBinary() {
    // 2-leg Power: win 0.36 paying b = 2 net, so f = (2 * 0.36 - 0.64) / 2 = 0.04
    assertThat(SlipEconomics.kellyFraction(TWO_AT_60, POWER_2)).isCloseTo(0.04, offset(1e-9));
    // an even-money bet (M = 2 on a win) won 55% of the time: f = (0.55 - 0.45) / 1 = 0.1
    assertThat(SlipEconomics.kellyFraction(new double[] {0.45, 0.55}, new double[] {0, 2})).isCloseTo(0.1, offset(1e-9));
  }

  @Test
  @DisplayName("Kelly is 0 without an edge, 1 when nothing can lose, and otherwise maximises the log growth")
  void kellyMultiOutcome() {
    // independent 0.5 legs on 2-leg Power: EV = 0.25 * 3 - 1 < 0
    assertThat(SlipEconomics.kellyFraction(new double[] {0.25, 0.5, 0.25}, POWER_2)).isZero();
    assertThat(SlipEconomics.kellyFraction(new double[] {0.5, 0.5}, new double[] {1, 2})).isEqualTo(1);
    // three legs of p = 0.7 on 3-leg flex (2 hits 1.25x, 3 hits 2.25x): P(k) = 0.027, 0.189, 0.441, 0.343
    double[] hits = {0.027, 0.189, 0.441, 0.343};
    double[] m = table("prizepicks", "flex", 3).byHits();
    double f = SlipEconomics.kellyFraction(hits, m);
    assertThat(f).isBetween(0.05, 0.95);
    assertThat(growth(hits, m, f)).isGreaterThan(growth(hits, m, f - 0.01)).isGreaterThan(growth(hits, m, 0));
    assertThat(growth(hits, m, f)).isGreaterThan(growth(hits, m, f + 0.01));
  }

  private static double growth(double[] hits, double[] m, double f) {
    double g = 0;
    for (int k = 0; k < hits.length; k++) {
      g += hits[k] * Math.log(1 - f + f * m[k]);
    }
    return g;
  }

  @Test
  @DisplayName("Power breakevens are M^(-1/n): 2 legs at 3x give 1/sqrt(3) = 0.57735")
  void powerBreakeven() {
    assertThat(SlipEconomics.breakeven(table("prizepicks", "power", 2))).isCloseTo(0.5773502692, offset(1e-9));
    // 37.5^(-1/6) = 0.546132
    assertThat(SlipEconomics.breakeven(table("prizepicks", "power", 6))).isCloseTo(Math.pow(37.5, -1.0 / 6), offset(1e-12));
    assertThat(SlipEconomics.breakeven(new PayoutTable("x", "power", 2, new java.util.TreeMap<>(java.util.Map.of(2, 0.9)))))
        .isNaN();
  }

  @Test
  @DisplayName("Flex and insured breakevens solve sum_k C(n,k) p^k (1-p)^(n-k) M_k = 1")
  void flexBreakeven() {
    // 5-pick flex: 10 p^5 + 2 * 5 p^4 q + 0.4 * 10 p^3 q^2 = 1, solved here by Newton on the expanded polynomial
    double flex5 = SlipEconomics.breakeven(table("prizepicks", "flex", 5));
    assertThat(flex5).isCloseTo(0.5425, offset(5e-5)).isCloseTo(newtonFlex5(), offset(1e-9));
    // Underdog insured 3: 3 p^3 + 1 * 3 p^2 (1 - p) = 3 p^2 = 1, so p = 1/sqrt(3)
    assertThat(SlipEconomics.breakeven(table("underdog", "insured", 3))).isCloseTo(1 / Math.sqrt(3), offset(1e-9));
    // 3-pick flex: 2.25 p^3 + 3.75 p^2 (1 - p) = 1 has its root at 0.590942
    assertThat(SlipEconomics.breakeven(table("prizepicks", "flex", 3))).isCloseTo(0.590942, offset(1e-6));
    for (PayoutTable t : PAYOUTS.tables()) {
      double p = SlipEconomics.breakeven(t);
      assertThat(SlipEconomics.binomialReturn(t.byHits(), p)).as(t.toString()).isCloseTo(1, offset(1e-8));
    }
  }

  // f(p) = 10p^5 + 10p^4(1-p) + 4p^3(1-p)^2 - 1, expanded: 4p^5 + 2p^4 + 4p^3 - 1
  private static double newtonFlex5() {
    double p = 0.5;
    for (int i = 0; i < 50; i++) {
      double f = 4 * Math.pow(p, 5) + 2 * Math.pow(p, 4) + 4 * Math.pow(p, 3) - 1;
      double df = 20 * Math.pow(p, 4) + 8 * Math.pow(p, 3) + 12 * p * p;
      p -= f / df;
    }
    return p;
  }

  @Test
  @DisplayName("mismatched hit and multiplier arrays are rejected")
  void badInputs() {
    assertThatThrownBy(() -> SlipEconomics.expectedValue(new double[] {0.5, 0.5}, POWER_2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n + 1");
  }
}
