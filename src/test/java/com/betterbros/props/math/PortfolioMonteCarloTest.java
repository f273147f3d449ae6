package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PortfolioMonteCarlo: one correlated simulation of several slips")
class PortfolioMonteCarloTest {

  private static final int DRAWS = 200_000;

  private static double[][] identity(int n) {
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      r[i][i] = 1;
    }
    return r;
  }

  @Test
  @DisplayName("independent legs, two disjoint Power slips and one sharing a leg: within 4 standard errors of the exact values")
  void independentLegs() {
    double[] p = {0.6, 0.55, 0.58, 0.62, 0.5};
    // slips {0,1}, {2,3} pay 3x with both legs; {1,4} pays 3x with both
    int[][] slips = {{0, 1}, {2, 3}, {1, 4}};
    double[][] payouts = {{0, 0, 3}, {0, 0, 3}, {0, 0, 3}};
    PortfolioMonteCarlo.Result r = PortfolioMonteCarlo.simulate(p, identity(5), slips, payouts, DRAWS, 5);
    // P(none pays) = P(not(A) and not(B) and not(C)); B is independent of A and C:
    // P(not A and not C) = 1 - P(A) - P(C) + P(A and C), P(A and C) = p0 p1 p4
    double a = p[0] * p[1];
    double b = p[2] * p[3];
    double c = p[1] * p[4];
    double noneAc = 1 - a - c + p[0] * p[1] * p[4];
    double pAny = 1 - noneAc * (1 - b);
    double profit = 3 * (a + b + c) - 3;
    assertThat(r.pAnyPays()).isCloseTo(pAny, offset(4 * r.pAnyPaysStdError()));
    assertThat(r.expectedProfit()).isCloseTo(profit, offset(4 * r.expectedProfitStdError()));
    assertThat(r.pAnyPaysStdError()).isCloseTo(Math.sqrt(pAny * (1 - pAny) / DRAWS), offset(1e-4));
    assertThat(r.draws()).isEqualTo(DRAWS);
    assertThat(r.seed()).isEqualTo(5);
  }

  @Test
  @DisplayName("two legs with rho 0.5: P(both win) and P(either single-leg slip pays) match the bivariate normal within 4 standard errors")
  void twoCorrelatedLegs() {
    double[] p = {0.55, 0.6};
    double rho = 0.5;
    double[][] r = {{1, rho}, {rho, 1}};
    double b0 = Normal.inverseCdf(p[0]);
    double b1 = Normal.inverseCdf(p[1]);
    double both = BivariateNormal.cdf(b0, b1, rho);
    // one 2-leg slip paying 3x
    PortfolioMonteCarlo.Result pair = PortfolioMonteCarlo.simulate(p, r, new int[][] {{0, 1}},
        new double[][] {{0, 0, 3}}, DRAWS, 9);
    assertThat(pair.pAnyPays()).isCloseTo(both, offset(4 * pair.pAnyPaysStdError()));
    assertThat(pair.expectedProfit()).isCloseTo(3 * both - 1, offset(4 * pair.expectedProfitStdError()));
    // correlation matters: independence would give p0 p1 = 0.33, far outside the tolerance
    assertThat(Math.abs(both - p[0] * p[1])).isGreaterThan(10 * pair.pAnyPaysStdError());
    // two 1-leg slips paying 2x: P(at least one) = p0 + p1 - P(both)
    PortfolioMonteCarlo.Result singles = PortfolioMonteCarlo.simulate(p, r, new int[][] {{0}, {1}},
        new double[][] {{0, 2}, {0, 2}}, DRAWS, 9);
    assertThat(singles.pAnyPays()).isCloseTo(p[0] + p[1] - both, offset(4 * singles.pAnyPaysStdError()));
    assertThat(singles.expectedProfit()).isCloseTo(2 * (p[0] + p[1]) - 2, offset(4 * singles.expectedProfitStdError()));
    // total profit > 0 only when both win (2 + 2 - 2 = 2; one win: 2 - 2 = 0)
    assertThat(singles.pProfit()).isCloseTo(both, offset(4 * singles.pProfitStdError()));
  }

  @Test
  @DisplayName("same seed, same figures; another seed, other figures")
  void seeded() {
    double[] p = {0.55, 0.6, 0.52};
    int[][] slips = {{0, 1, 2}};
    double[][] payouts = {{0, 0, 1, 2.25}};
    PortfolioMonteCarlo.Result a = PortfolioMonteCarlo.simulate(p, identity(3), slips, payouts, 10_000, 1);
    PortfolioMonteCarlo.Result b = PortfolioMonteCarlo.simulate(p, identity(3), slips, payouts, 10_000, 1);
    PortfolioMonteCarlo.Result c = PortfolioMonteCarlo.simulate(p, identity(3), slips, payouts, 10_000, 2);
    assertThat(b).isEqualTo(a);
    assertThat(c.expectedProfit()).isNotEqualTo(a.expectedProfit());
  }
}
