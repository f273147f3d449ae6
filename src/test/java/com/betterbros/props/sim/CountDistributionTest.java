package com.betterbros.props.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CountDistribution and GaussHermite")
class CountDistributionTest {

  @Test
  @DisplayName("Miller's recurrence equals repeated convolution with a Poisson factor")
  void matchesBruteForce() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      int degree = 1 + rng.nextInt(5);
      double[] g = new double[degree + 1];
      double rest = 1;
      for (int k = 1; k <= degree; k++) {
        g[k] = 0.15 * rng.nextDouble();
        rest -= g[k];
      }
      g[0] = rest;
      int n = 5 + rng.nextInt(70);
      double lambda = rng.nextDouble() * 8;
      int max = 60;
      double[] fast = CountDistribution.pmf(g, n, lambda, max);
      double[] slow = bruteForce(g, n, lambda, max);
      for (int x = 0; x <= max; x++) {
        assertThat(fast[x]).as("n=%d x=%d", n, x).isCloseTo(slow[x], offset(1e-12));
      }
    }
  }

  @Test
  @DisplayName("a binomial power sums to one and has mean n p")
  void binomial() {
    double[] f = CountDistribution.pmf(new double[] {0.7, 0.3}, 64, 0.0, 64);
    double total = 0;
    double mean = 0;
    for (int x = 0; x < f.length; x++) {
      total += f[x];
      mean += x * f[x];
    }
    assertThat(total).isCloseTo(1.0, offset(1e-12));
    assertThat(mean).isCloseTo(64 * 0.3, offset(1e-10));
  }

  @Test
  @DisplayName("Gauss-Hermite rules integrate normal moments exactly up to degree 2n-1")
  void gaussHermite() {
    for (int n : new int[] {2, 3, 5, 7, 13}) {
      GaussHermite rule = GaussHermite.standardNormal(n);
      double[] moments = new double[2 * n];
      for (int k = 0; k < rule.size(); k++) {
        for (int d = 0; d < 2 * n; d++) {
          moments[d] += rule.weights[k] * Math.pow(rule.nodes[k], d);
        }
      }
      double doubleFactorial = 1;
      for (int d = 0; d < 2 * n; d++) {
        double expected = d % 2 == 1 ? 0 : doubleFactorial;
        assertThat(moments[d]).as("n=%d E[Z^%d]", n, d)
            .isCloseTo(expected, offset(1e-9 * doubleFactorial * (d + 1)));
        if (d % 2 == 0) {
          doubleFactorial *= d + 1;
        }
      }
    }
  }

  /** Convolves the polynomial n times, then with a Poisson PMF. */
  private static double[] bruteForce(double[] g, int n, double lambda, int max) {
    double[] f = new double[max + 1];
    f[0] = 1;
    for (int t = 0; t < n; t++) {
      double[] next = new double[max + 1];
      for (int x = 0; x <= max; x++) {
        for (int k = 0; k < g.length && x + k <= max; k++) {
          next[x + k] += f[x] * g[k];
        }
      }
      f = next;
    }
    double[] poisson = new double[max + 1];
    poisson[0] = Math.exp(-lambda);
    for (int x = 1; x <= max; x++) {
      poisson[x] = poisson[x - 1] * lambda / x;
    }
    double[] out = new double[max + 1];
    for (int x = 0; x <= max; x++) {
      for (int y = 0; x + y <= max; y++) {
        out[x + y] += f[x] * poisson[y];
      }
    }
    return out;
  }
}
