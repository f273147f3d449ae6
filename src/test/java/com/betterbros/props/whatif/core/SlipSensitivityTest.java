package com.betterbros.props.whatif.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.math.SlipProbabilities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The analytic derivatives against central finite differences of the exact orthant code
 * ({@link SlipProbabilities#exact}). Slips whose correlated blocks have at most 3 legs are exact to
 * about 1e-13, so a step of h = 1e-4 leaves O(h^2) ~ 1e-8 truncation: tolerance 1e-6. A dense
 * 4-leg block goes through Plackett's recursion (errors up to about 2e-7): step 1e-2, tolerance 2e-3.
 */
@DisplayName("Slip sensitivity: derivatives of P(all) and EV")
class SlipSensitivityTest {

  static final double H = 1e-4;
  // PrizePicks-like 3-leg flex: 2 hits pay 1.25, 3 hits pay 2.25
  static final double[] FLEX3 = {0, 0, 1.25, 2.25};
  static final double[] POWER3 = {0, 0, 0, 6};

  static final double[] P3 = {0.58, 0.61, 0.55};
  static final double[][] R3 = {{1, 0.35, -0.2}, {0.35, 1, 0.15}, {-0.2, 0.15, 1}};

  @Test
  @DisplayName("dEV/dp_i and dP(all)/dp_i equal central differences on a correlated 3-leg flex slip")
  void probabilityDerivatives() {
    for (int i = 0; i < 3; i++) {
      double fdEv = (SlipSensitivity.ev(SlipSensitivity.with(P3, i, P3[i] + H), R3, FLEX3)
          - SlipSensitivity.ev(SlipSensitivity.with(P3, i, P3[i] - H), R3, FLEX3)) / (2 * H);
      assertThat(SlipSensitivity.dEvDp(P3, R3, FLEX3, i)).as("dEV/dp_%d", i).isCloseTo(fdEv, within(1e-6));
      double fdAll = (pAll(SlipSensitivity.with(P3, i, P3[i] + H), R3) - pAll(SlipSensitivity.with(P3, i, P3[i] - H), R3))
          / (2 * H);
      assertThat(SlipSensitivity.dPAllDp(P3, R3, i)).as("dP(all)/dp_%d", i).isCloseTo(fdAll, within(1e-6));
    }
  }

  @Test
  @DisplayName("dEV/drho_ij and dP(all)/drho_ij (Plackett) equal central differences on every pair")
  void correlationDerivatives() {
    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        double fdEv = (SlipSensitivity.ev(P3, rho(R3, i, j, H), FLEX3) - SlipSensitivity.ev(P3, rho(R3, i, j, -H), FLEX3))
            / (2 * H);
        assertThat(SlipSensitivity.dEvDrho(P3, R3, FLEX3, i, j)).as("dEV/drho_%d%d", i, j).isCloseTo(fdEv, within(1e-6));
        double fdAll = (pAll(P3, rho(R3, i, j, H)) - pAll(P3, rho(R3, i, j, -H))) / (2 * H);
        assertThat(SlipSensitivity.dPAllDrho(P3, R3, i, j)).isCloseTo(fdAll, within(1e-6));
      }
    }
  }

  @Test
  @DisplayName("two correlated games of 2 and 3 legs (5 legs, blocks of at most 3): derivatives to 1e-6")
  void blockStructured() {
    double[] p = {0.6, 0.57, 0.52, 0.63, 0.55};
    double[][] r = {
        {1, 0.4, 0, 0, 0}, {0.4, 1, 0, 0, 0},
        {0, 0, 1, 0.3, 0.25}, {0, 0, 0.3, 1, -0.1}, {0, 0, 0.25, -0.1, 1}};
    double[] m = {0, 0, 0, 0.4, 2, 10};
    for (int i = 0; i < 5; i++) {
      double fd = (SlipSensitivity.ev(SlipSensitivity.with(p, i, p[i] + H), r, m)
          - SlipSensitivity.ev(SlipSensitivity.with(p, i, p[i] - H), r, m)) / (2 * H);
      assertThat(SlipSensitivity.dEvDp(p, r, m, i)).as("dEV/dp_%d", i).isCloseTo(fd, within(1e-6));
    }
    double fd = (SlipSensitivity.ev(p, rho(r, 2, 3, H), m) - SlipSensitivity.ev(p, rho(r, 2, 3, -H), m)) / (2 * H);
    assertThat(SlipSensitivity.dEvDrho(p, r, m, 2, 3)).isCloseTo(fd, within(1e-6));
    // a pair across independent games: its derivative exists too (the correlation is 0, not absent)
    double fdAcross = (SlipSensitivity.ev(p, rho(r, 0, 4, H), m) - SlipSensitivity.ev(p, rho(r, 0, 4, -H), m)) / (2 * H);
    assertThat(SlipSensitivity.dEvDrho(p, r, m, 0, 4)).isCloseTo(fdAcross, within(1e-6));
  }

  @Test
  @DisplayName("a dense 4-leg power slip (Plackett recursion underneath): derivatives to 2e-3 with a 1e-2 step")
  void denseFourLegs() {
    double[] p = {0.6, 0.55, 0.58, 0.62};
    double[][] r = {{1, 0.3, 0.2, 0.1}, {0.3, 1, 0.25, 0.15}, {0.2, 0.25, 1, 0.3}, {0.1, 0.15, 0.3, 1}};
    double[] m = {0, 0, 0, 0, 10};
    double h = 1e-2;
    for (int i = 0; i < 4; i++) {
      double fd = (SlipSensitivity.ev(SlipSensitivity.with(p, i, p[i] + h), r, m)
          - SlipSensitivity.ev(SlipSensitivity.with(p, i, p[i] - h), r, m)) / (2 * h);
      assertThat(SlipSensitivity.dEvDp(p, r, m, i)).as("dEV/dp_%d", i).isCloseTo(fd, within(2e-3));
    }
    double fd = (SlipSensitivity.ev(p, rho(r, 1, 2, h), m) - SlipSensitivity.ev(p, rho(r, 1, 2, -h), m)) / (2 * h);
    assertThat(SlipSensitivity.dEvDrho(p, r, m, 1, 2)).isCloseTo(fd, within(2e-3));
  }

  @Test
  @DisplayName("independent 2-leg power: dEV/dp_0 = M p_1 and break-even p_0 = 1 / (M p_1) by hand")
  void independentByHand() {
    double[] p = {0.6, 0.55};
    double[][] r = {{1, 0}, {0, 1}};
    double[] m = {0, 0, 3};
    assertThat(SlipSensitivity.dEvDp(p, r, m, 0)).isCloseTo(3 * 0.55, within(1e-12));
    assertThat(SlipSensitivity.breakEven(p, r, m, 0)).isCloseTo(1 / (3 * 0.55), within(2e-6));
    // a slip that loses even with a sure leg has no break-even
    assertThat(SlipSensitivity.breakEven(new double[] {0.5, 0.2}, r, m, 0)).isNaN();
  }

  @Test
  @DisplayName("the break-even p of a correlated leg sets EV to 0 (within 1e-5)")
  void breakEvenZeroesEv() {
    for (int i = 0; i < 3; i++) {
      double b = SlipSensitivity.breakEven(P3, R3, POWER3, i);
      assertThat(SlipSensitivity.ev(SlipSensitivity.with(P3, i, b), R3, POWER3)).isCloseTo(0, within(1e-5));
    }
  }

  private static double pAll(double[] p, double[][] r) {
    return SlipProbabilities.exact(p, r).pAll();
  }

  private static double[][] rho(double[][] r, int i, int j, double dr) {
    double[][] s = new double[r.length][];
    for (int k = 0; k < r.length; k++) {
      s[k] = r[k].clone();
    }
    s[i][j] += dr;
    s[j][i] += dr;
    return s;
  }
}
