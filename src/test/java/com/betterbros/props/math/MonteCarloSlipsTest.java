package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MonteCarloSlips")
class MonteCarloSlipsTest {

  private static final int DRAWS = 200_000;

  @Test
  @DisplayName("pAll and every hits[k] lie within 4 standard errors of the exact values")
  void agreesWithExact() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 10; trial++) {
      int n = 2 + trial % 5;
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = 0.35 + 0.4 * random.nextDouble();
      }
      double[][] r = RandomCorrelation.fromFactors(random, n, 2);
      SlipDistribution exact = SlipProbabilities.exact(p, r);
      SlipDistribution mc = MonteCarloSlips.simulate(p, r, DRAWS, 100 + trial);
      assertThat(mc.stdError())
          .isCloseTo(Math.sqrt(mc.pAll() * (1 - mc.pAll()) / DRAWS), offset(1e-15));
      assertThat(mc.pAll()).isCloseTo(exact.pAll(), offset(4 * mc.stdError()));
      for (int k = 0; k <= n; k++) {
        double h = exact.hits()[k];
        double se = Math.sqrt(h * (1 - h) / DRAWS);
        assertThat(mc.hits()[k]).as("trial %s, P(%s hits)", trial, k)
            .isCloseTo(h, offset(4 * se + 1e-12));
      }
    }
  }

  @Test
  @DisplayName("hit frequencies sum to 1 and the same seed reproduces the same result")
  void properAndReproducible() {
    double[] p = {0.55, 0.6, 0.5, 0.65};
    double[][] r = RandomCorrelation.equicorrelated(4, 0.3);
    SlipDistribution first = MonteCarloSlips.simulate(p, r, 50_000, 5);
    SlipDistribution again = MonteCarloSlips.simulate(p, r, 50_000, 5);
    SlipDistribution other = MonteCarloSlips.simulate(p, r, 50_000, 6);
    double sum = 0;
    for (double h : first.hits()) {
      sum += h;
    }
    assertThat(sum).isCloseTo(1, offset(1e-12));
    assertThat(again.hits()).containsExactly(first.hits());
    assertThat(other.pAll()).isNotEqualTo(first.pAll());
  }

  @Test
  @DisplayName("common random numbers: raising one leg's p never lowers P(at least k) for any k")
  void commonRandomNumbers() {
    double[][] r = RandomCorrelation.equicorrelated(5, 0.4);
    double[] base = {0.5, 0.55, 0.6, 0.52, 0.58};
    double[] raised = base.clone();
    raised[2] = 0.62;
    SlipDistribution low = MonteCarloSlips.simulate(base, r, 100_000, 42);
    SlipDistribution high = MonteCarloSlips.simulate(raised, r, 100_000, 42);
    // same normals, higher threshold for leg 2: every draw's winners are a superset
    double tailLow = 0;
    double tailHigh = 0;
    for (int k = 5; k >= 0; k--) {
      tailLow += low.hits()[k];
      tailHigh += high.hits()[k];
      assertThat(tailHigh).isGreaterThanOrEqualTo(tailLow - 1e-15);
    }
    assertThat(high.pAll()).isGreaterThan(low.pAll());
    // the difference is far less noisy than either estimate: 2% of draws change at most
    assertThat(high.pAll() - low.pAll()).isLessThan(0.02);
  }

  @Test
  @DisplayName("independent legs give the product within 4 standard errors")
  void independentLegs() {
    double[] p = {0.6, 0.7, 0.55};
    SlipDistribution mc =
        MonteCarloSlips.simulate(p, RandomCorrelation.equicorrelated(3, 0), DRAWS, 9);
    assertThat(mc.pAll()).isCloseTo(0.6 * 0.7 * 0.55, offset(4 * mc.stdError()));
  }

  @Test
  @DisplayName("rejects bad matrices with the reason, and non-positive draw counts")
  void badInput() {
    double[] p = {0.5, 0.5};
    assertThatThrownBy(() -> MonteCarloSlips.simulate(p, new double[][] {{1, 0.2}, {0.3, 1}}, 10,
        1)).isInstanceOf(InvalidCorrelationException.class)
        .hasMessage("not symmetric at (0,1): 0.2 vs 0.3");
    assertThatThrownBy(() -> MonteCarloSlips.simulate(p, RandomCorrelation.equicorrelated(2, 0),
        0, 1)).hasMessageContaining("draws");
  }
}
