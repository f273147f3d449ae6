package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TrivariateNormal")
class TrivariateNormalTest {

  /**
   * int_{-12}^{b1} phi(t) BVN((b2 - r12 t) / s2, (b3 - r13 t) / s3; rho23.1) dt by adaptive
   * Simpson on panels of width 1/4 (the bivariate CDF is checked to 1e-12 on its own).
   */
  private static double reference(double[] b, double r12, double r13, double r23) {
    double s2 = Math.sqrt(1 - r12 * r12);
    double s3 = Math.sqrt(1 - r13 * r13);
    double rho = (r23 - r12 * r13) / (s2 * s3);
    Quadrature.Function f = t -> Normal.pdf(t)
        * BivariateNormal.cdf((b[1] - r12 * t) / s2, (b[2] - r13 * t) / s3, rho);
    return Quadrature.panels(f, -12, b[0], 0.25, 1e-16);
  }

  /** A random 3x3 correlation matrix from two random factor loadings per variable. */
  static double[] randomCorrelations(SplittableRandom random) {
    double[][] loadings = new double[3][2];
    double[] variance = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int f = 0; f < 2; f++) {
        loadings[i][f] = 2 * random.nextDouble() - 1;
        variance[i] += loadings[i][f] * loadings[i][f];
      }
      variance[i] += 0.05 + 0.5 * random.nextDouble();
    }
    double[] r = new double[3];
    int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
    for (int p = 0; p < 3; p++) {
      int i = pairs[p][0];
      int j = pairs[p][1];
      double c = loadings[i][0] * loadings[j][0] + loadings[i][1] * loadings[j][1];
      r[p] = c / Math.sqrt(variance[i] * variance[j]);
    }
    return r;
  }

  @Test
  @DisplayName("at the origin equals 1/8 + (asin r12 + asin r13 + asin r23) / (4 pi) to 1e-12")
  void orthantFormula() {
    SplittableRandom random = new SplittableRandom(31);
    for (int trial = 0; trial < 200; trial++) {
      double[] r = randomCorrelations(random);
      double expected = 0.125 + (Math.asin(r[0]) + Math.asin(r[1]) + Math.asin(r[2]))
          / (4 * Math.PI);
      assertThat(TrivariateNormal.cdf(0, 0, 0, r[0], r[1], r[2])).isCloseTo(expected,
          offset(1e-12));
    }
  }

  @Test
  @DisplayName("matches a panelled Simpson integral of the conditional bivariate CDF to 1e-11")
  void matchesReference() {
    SplittableRandom random = new SplittableRandom(32);
    for (int trial = 0; trial < 40; trial++) {
      double[] r = randomCorrelations(random);
      double[] b = new double[3];
      for (int i = 0; i < 3; i++) {
        b[i] = Normal.inverseCdf(0.03 + 0.94 * random.nextDouble());
      }
      assertThat(TrivariateNormal.cdf(b[0], b[1], b[2], r[0], r[1], r[2]))
          .as("b=%s r=%s", java.util.Arrays.toString(b), java.util.Arrays.toString(r))
          .isCloseTo(reference(b, r[0], r[1], r[2]), offset(1e-11));
    }
  }

  @Test
  @DisplayName("independent variables give the product and infinite limits drop a variable")
  void independenceAndInfinity() {
    double expected = Normal.cdf(0.2) * Normal.cdf(-0.7) * Normal.cdf(1.4);
    assertThat(TrivariateNormal.cdf(0.2, -0.7, 1.4, 0, 0, 0)).isCloseTo(expected, offset(1e-15));
    assertThat(TrivariateNormal.cdf(Double.POSITIVE_INFINITY, -0.7, 1.4, 0.3, 0.2, 0.5))
        .isCloseTo(BivariateNormal.cdf(-0.7, 1.4, 0.5), offset(1e-16));
    assertThat(TrivariateNormal.cdf(0.2, Double.NEGATIVE_INFINITY, 1.4, 0.3, 0.2, 0.5)).isZero();
  }

  @Test
  @DisplayName("perfectly correlated pairs reduce to lower-dimensional probabilities")
  void degenerate() {
    // Z2 = Z1: P(Z1 <= min(b1, b2), Z3 <= b3)
    assertThat(TrivariateNormal.cdf(0.4, -0.1, 0.8, 1, 0.3, 0.3))
        .isCloseTo(BivariateNormal.cdf(-0.1, 0.8, 0.3), offset(1e-12));
    // all collinear, Z2 = -Z1, Z3 = Z1: P(-0.5 <= Z1 <= min(0.4, 0.8))
    assertThat(TrivariateNormal.cdf(0.4, 0.5, 0.8, -1, 1, -1))
        .isCloseTo(Normal.cdf(0.4) - Normal.cdf(-0.5), offset(1e-15));
  }
}
