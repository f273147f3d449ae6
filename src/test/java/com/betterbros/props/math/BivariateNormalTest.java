package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BivariateNormal")
class BivariateNormalTest {

  static final double[] PROBABILITIES = {0.02, 0.2, 0.45, 0.5, 0.58, 0.8, 0.97};
  static final double[] RHOS = {-0.99, -0.93, -0.7, -0.3, 0, 0.1, 0.5, 0.8, 0.92, 0.95, 0.999};

  /**
   * P(X <= h, Y <= k) = int_{-inf}^h phi(x) Phi((k - rho x) / sqrt(1 - rho^2)) dx by adaptive
   * Simpson (tolerance 1e-16 per panel) on panels of width 1/4 from -12 (the mass below is
   * Phi(-12) = 2e-33).
   */
  static double reference(double h, double k, double rho) {
    double s = Math.sqrt((1 - rho) * (1 + rho));
    Quadrature.Function f = x -> Normal.pdf(x) * Normal.cdf((k - rho * x) / s);
    return Quadrature.panels(f, -12, h, 0.25, 1e-16);
  }

  @Test
  @DisplayName("matches the adaptive 1-D integral of the conditional normal to 1e-12")
  void matchesReference() {
    for (double p1 : PROBABILITIES) {
      for (double p2 : PROBABILITIES) {
        for (double rho : RHOS) {
          double h = Normal.inverseCdf(p1);
          double k = Normal.inverseCdf(p2);
          assertThat(BivariateNormal.cdf(h, k, rho)).as("h=%s k=%s rho=%s", h, k, rho)
              .isCloseTo(reference(h, k, rho), offset(1e-12));
        }
      }
    }
  }

  @Test
  @DisplayName("rho = 0 gives the product; rho = +-1 the comonotone and countermonotone limits")
  void limits() {
    assertThat(BivariateNormal.cdf(0.3, -0.4, 0))
        .isCloseTo(Normal.cdf(0.3) * Normal.cdf(-0.4), offset(1e-16));
    assertThat(BivariateNormal.cdf(0.3, -0.4, 1)).isEqualTo(Normal.cdf(-0.4));
    // Y = -X: P(X <= 0.3, -X <= 0.4) = Phi(0.3) - Phi(-0.4)
    assertThat(BivariateNormal.cdf(0.3, 0.4, -1))
        .isCloseTo(Normal.cdf(0.3) - Normal.cdf(-0.4), offset(1e-16));
    assertThat(BivariateNormal.cdf(-0.3, -0.4, -1)).isZero();
    assertThat(BivariateNormal.cdf(0, 0, 0.5)).isCloseTo(1.0 / 3, offset(1e-15));
  }

  @Test
  @DisplayName("infinite limits reduce to the univariate CDF or 0")
  void infiniteLimits() {
    assertThat(BivariateNormal.cdf(Double.POSITIVE_INFINITY, 0.7, 0.4)).isEqualTo(Normal.cdf(0.7));
    assertThat(BivariateNormal.cdf(0.7, Double.POSITIVE_INFINITY, 0.4)).isEqualTo(Normal.cdf(0.7));
    assertThat(BivariateNormal.cdf(Double.NEGATIVE_INFINITY, 0.7, 0.4)).isZero();
  }

  @Test
  @DisplayName("is symmetric in its limits and rejects |rho| > 1 and NaN")
  void symmetryAndBadInput() {
    assertThat(BivariateNormal.cdf(0.2, -1.1, 0.6))
        .isCloseTo(BivariateNormal.cdf(-1.1, 0.2, 0.6), offset(1e-16));
    assertThatThrownBy(() -> BivariateNormal.cdf(0, 0, 1.1)).hasMessageContaining("rho");
    assertThatThrownBy(() -> BivariateNormal.cdf(Double.NaN, 0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
