package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("NegativeBinomial distribution")
class NegativeBinomialTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  @DisplayName("mu = 2, r = 1 is the geometric distribution P(k) = (1/3)(2/3)^k")
  void geometric() {
    assertThat(NegativeBinomial.pmf(0, 2, 1)).isCloseTo(1.0 / 3, offset(1e-15));
    assertThat(NegativeBinomial.pmf(1, 2, 1)).isCloseTo(2.0 / 9, offset(1e-15));
    assertThat(NegativeBinomial.pmf(2, 2, 1)).isCloseTo(4.0 / 27, offset(1e-15));
    // cdf(2) = 1/3 + 2/9 + 4/27 = 19/27, so P(X > 2.5) = (2/3)^3 = 8/27
    assertThat(NegativeBinomial.cdf(2, 2, 1)).isCloseTo(19.0 / 27, offset(1e-15));
    assertThat(NegativeBinomial.probabilityOver(2.5, 2, 1)).isCloseTo(8.0 / 27, offset(1e-15));
    assertThat(NegativeBinomial.pmf(40, 2, 1))
        .isCloseTo(Math.pow(2.0 / 3, 40) / 3, within(1e-13 * Math.pow(2.0 / 3, 40)));
  }

  @Test
  @DisplayName("r = +Infinity is Poisson and a huge r approaches it")
  void poissonLimit() {
    // Poisson(3) at 2: e^-3 3^2 / 2! = 0.22404180765538775
    assertThat(NegativeBinomial.pmf(2, 3, INF)).isCloseTo(0.22404180765538775, offset(1e-15));
    for (int k = 0; k <= 15; k++) {
      // the NB2 pmf differs from Poisson by O(mu^2 / r) relative: 1e-8 at r = 1e9
      assertThat(NegativeBinomial.pmf(k, 3, 1e9))
          .as("k=%d", k)
          .isCloseTo(NegativeBinomial.pmf(k, 3, INF), offset(1e-8));
    }
  }

  @Test
  @DisplayName("the pmf sums to 1 with mean mu and variance mu + mu^2 / r")
  void moments() {
    double[][] cases = {{7.5, 0.8}, {25, 12}, {0.3, 2}, {4, INF}};
    for (double[] c : cases) {
      double mu = c[0];
      double r = c[1];
      double total = 0;
      double mean = 0;
      double square = 0;
      for (int k = 0; k <= 3000; k++) {
        double pk = NegativeBinomial.pmf(k, mu, r);
        total += pk;
        mean += k * pk;
        square += (double) k * k * pk;
      }
      double variance = square - mean * mean;
      assertThat(total).as("sum mu=%s r=%s", mu, r).isCloseTo(1, offset(1e-12));
      assertThat(mean).as("mean").isCloseTo(mu, offset(1e-9));
      assertThat(variance).as("variance").isCloseTo(mu + mu * mu / r, offset(1e-8));
      assertThat(NegativeBinomial.cdf(3000, mu, r)).isCloseTo(1, offset(1e-12));
    }
  }

  @Test
  @DisplayName("the cdf rises monotonically to 1, is 0 below 0 and equals the summed pmf")
  void cdfMonotone() {
    assertThat(NegativeBinomial.cdf(-1, 3, 2)).isZero();
    double previous = 0;
    double summed = 0;
    for (int k = 0; k <= 200; k++) {
      double cdf = NegativeBinomial.cdf(k, 6.5, 1.7);
      summed += NegativeBinomial.pmf(k, 6.5, 1.7);
      assertThat(cdf).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(1);
      assertThat(cdf).isCloseTo(summed, offset(1e-13));
      previous = cdf;
    }
    assertThat(previous).isCloseTo(1, offset(1e-15));
  }

  @Test
  @DisplayName("probabilityOver(2.5) is exactly 1 - cdf(2), and a negative line is certain")
  void probabilityOver() {
    for (double[] c : new double[][] {{2, 1}, {4.2, 3}, {11, 0.5}, {1.5, INF}}) {
      assertThat(NegativeBinomial.probabilityOver(2.5, c[0], c[1]))
          .isEqualTo(1 - NegativeBinomial.cdf(2, c[0], c[1]));
    }
    assertThat(NegativeBinomial.probabilityOver(-0.5, 4, 2)).isEqualTo(1);
    assertThat(NegativeBinomial.probabilityOver(0.5, 0, 2)).isZero();
  }

  @Test
  @DisplayName("a Poisson mean of 2000 (P(0) underflows) matches an independent log-space sum")
  void largeMean() {
    double mu = 2000;
    double logFactorial = 0;
    double cdf = 0;
    double atMean = 0;
    for (int k = 0; k <= 2000; k++) {
      if (k > 0) {
        logFactorial += Math.log(k);
      }
      // ln P(k) = k ln mu - mu - ln k!
      double pk = Math.exp(k * Math.log(mu) - mu - logFactorial);
      cdf += pk;
      atMean = pk;
    }
    assertThat(NegativeBinomial.pmf(2000, mu, INF)).isCloseTo(atMean, within(1e-10 * atMean));
    assertThat(NegativeBinomial.cdf(2000, mu, INF)).isCloseTo(cdf, offset(1e-10));
    assertThat(NegativeBinomial.cdf(2000, mu, 500)).isBetween(0.5, 0.6);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  @DisplayName("huge k returns at once: cdf 1, pmf 0, and mu = 0 is a point mass at 0")
  void extremes() {
    assertThat(NegativeBinomial.cdf(Integer.MAX_VALUE, 5, 2)).isCloseTo(1, offset(1e-15));
    assertThat(NegativeBinomial.pmf(1_000_000, 5, 2)).isZero();
    assertThat(NegativeBinomial.pmf(0, 0, 3)).isEqualTo(1);
    assertThat(NegativeBinomial.pmf(2, 0, 3)).isZero();
    assertThat(NegativeBinomial.cdf(0, 0, INF)).isEqualTo(1);
    assertThat(NegativeBinomial.quantile(0.99, 0, 3)).isZero();
  }

  @Test
  @DisplayName("quantile is the smallest k with cdf(k) >= q")
  void quantile() {
    // mu = 2, r = 1: cdf = 1/3, 5/9, 19/27 = 0.7037 at k = 0, 1, 2
    assertThat(NegativeBinomial.quantile(0.0, 2, 1)).isZero();
    assertThat(NegativeBinomial.quantile(0.3, 2, 1)).isZero();
    assertThat(NegativeBinomial.quantile(0.5, 2, 1)).isEqualTo(1);
    assertThat(NegativeBinomial.quantile(0.7, 2, 1)).isEqualTo(2);
    assertThat(NegativeBinomial.quantile(0.71, 2, 1)).isEqualTo(3);
    assertThat(NegativeBinomial.quantile(1.0, 2, 1)).isEqualTo(INF);
    for (int k = 0; k <= 12; k++) {
      assertThat(NegativeBinomial.quantile(NegativeBinomial.cdf(k, 4, 3), 4, 3)).isEqualTo(k);
    }
  }

  @Test
  @DisplayName("invalid parameters are rejected")
  void badInputs() {
    assertThatThrownBy(() -> NegativeBinomial.pmf(1, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean");
    assertThatThrownBy(() -> NegativeBinomial.cdf(1, 2, 0)).hasMessageContaining("size");
    assertThatThrownBy(() -> NegativeBinomial.cdf(1, 2, Double.NaN)).hasMessageContaining("size");
    assertThatThrownBy(() -> NegativeBinomial.quantile(1.2, 2, 1)).hasMessageContaining("q");
    assertThatThrownBy(() -> NegativeBinomial.probabilityOver(Double.NaN, 2, 1))
        .hasMessageContaining("line");
  }
}
