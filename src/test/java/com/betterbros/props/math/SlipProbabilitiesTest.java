package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SlipProbabilities.exact")
class SlipProbabilitiesTest {

  private static double[] randomP(SplittableRandom random, int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = 0.3 + 0.5 * random.nextDouble();
    }
    return p;
  }

  private static void assertHits(double[] actual, double[] expected, double tolerance) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int k = 0; k < expected.length; k++) {
      assertThat(actual[k]).as("P(%s hits)", k).isCloseTo(expected[k], offset(tolerance));
    }
  }

  @Test
  @DisplayName("independent legs give the product and the Poisson-binomial distribution (1e-9)")
  void independentLegs() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 1; n <= 8; n++) {
      double[] p = randomP(random, n);
      SlipDistribution d = SlipProbabilities.exact(p, RandomCorrelation.equicorrelated(n, 0));
      double product = 1;
      for (double q : p) {
        product *= q;
      }
      assertThat(d.pAll()).isCloseTo(product, offset(1e-9));
      assertHits(d.hits(), SlipReference.poissonBinomial(p), 1e-9);
      assertThat(d.stdError()).isZero();
    }
  }

  @Test
  @DisplayName("two legs match the adaptive integral of the conditional normal (1e-12)")
  void twoLegs() {
    for (double p1 : new double[] {0.3, 0.52, 0.75}) {
      for (double p2 : new double[] {0.45, 0.6}) {
        for (double rho : new double[] {-0.6, 0.15, 0.7, 0.97}) {
          SlipDistribution d =
              SlipProbabilities.exact(new double[] {p1, p2}, new double[][] {{1, rho}, {rho, 1}});
          double both = BivariateNormalTest.reference(
              Normal.inverseCdf(p1), Normal.inverseCdf(p2), rho);
          assertHits(d.hits(), new double[] {1 - p1 - p2 + both, p1 + p2 - 2 * both, both}, 1e-12);
        }
      }
    }
  }

  @Test
  @DisplayName("three coin-flip legs: P(all) = 1/8 + (asin r12 + asin r13 + asin r23)/(4 pi)")
  void threeCoinFlips() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 50; trial++) {
      double[][] r = RandomCorrelation.fromFactors(random, 3, 2);
      double expected = 0.125
          + (Math.asin(r[0][1]) + Math.asin(r[0][2]) + Math.asin(r[1][2])) / (4 * Math.PI);
      SlipDistribution d = SlipProbabilities.exact(new double[] {0.5, 0.5, 0.5}, r);
      assertThat(d.pAll()).isCloseTo(expected, offset(1e-12));
      // by symmetry Z -> -Z, P(no wins) = P(all wins)
      assertThat(d.hits()[0]).isCloseTo(expected, offset(1e-12));
    }
  }

  @Test
  @DisplayName("exchangeable legs match the one-factor Gauss-Hermite reference for n = 4, 6, 8 (1e-5)")
  void exchangeableLegs() {
    double[][] cases = {{4, 0.3}, {4, 0.85}, {5, 0.5}, {6, 0.4}, {8, 0.25}};
    SplittableRandom random = new SplittableRandom(4);
    for (double[] c : cases) {
      int n = (int) c[0];
      double rho = c[1];
      double[] p = randomP(random, n);
      SlipDistribution d = SlipProbabilities.exact(p, RandomCorrelation.equicorrelated(n, rho));
      assertHits(d.hits(), SlipReference.oneFactor(p, rho), 1e-5);
      assertThat(d.stdError()).isLessThanOrEqualTo(SlipProbabilities.TARGET_ERROR);
    }
    // equal p: the brief's Binom(k; n, Phi((z - sqrt(rho) f) / sqrt(1 - rho))) form
    double[] equal = {0.55, 0.55, 0.55, 0.55, 0.55, 0.55};
    assertHits(SlipProbabilities.exact(equal, RandomCorrelation.equicorrelated(6, 0.6)).hits(),
        SlipReference.oneFactor(equal, 0.6), 1e-5);
  }

  @Test
  @DisplayName("uncorrelated groups of legs convolve: a 2+3+1 slip has no estimation error")
  void blocksConvolve() {
    double[] p = {0.55, 0.6, 0.5, 0.58, 0.62, 0.7};
    double[][] r = new double[6][6];
    double[][] pair = {{1, 0.4}, {0.4, 1}};
    double[][] triple = {{1, 0.35, -0.2}, {0.35, 1, 0.1}, {-0.2, 0.1, 1}};
    for (int i = 0; i < 6; i++) {
      r[i][i] = 1;
    }
    r[0][1] = r[1][0] = 0.4;
    r[2][3] = r[3][2] = 0.35;
    r[2][4] = r[4][2] = -0.2;
    r[3][4] = r[4][3] = 0.1;
    SlipDistribution whole = SlipProbabilities.exact(p, r);
    double[] expected = SlipProbabilities.convolve(
        SlipProbabilities.convolve(
            SlipProbabilities.exact(new double[] {0.55, 0.6}, pair).hits(),
            SlipProbabilities.exact(new double[] {0.5, 0.58, 0.62}, triple).hits()),
        new double[] {0.3, 0.7});
    assertHits(whole.hits(), expected, 1e-15);
    assertThat(whole.stdError()).isZero();
  }

  @Test
  @DisplayName("hit distributions are non-negative and sum to 1 on random matrices of 2 to 7 legs")
  void distributionsAreProper() {
    SplittableRandom random = new SplittableRandom(6);
    for (int n = 2; n <= 7; n++) {
      SlipDistribution d =
          SlipProbabilities.exact(randomP(random, n), RandomCorrelation.fromFactors(random, n, 2));
      double sum = 0;
      for (double h : d.hits()) {
        assertThat(h).isBetween(0.0, 1.0);
        sum += h;
      }
      assertThat(sum).as("n = %s", n).isCloseTo(1, offset(1e-9));
      assertThat(d.pAll()).isEqualTo(d.hits()[n]);
    }
  }

  @Test
  @DisplayName("a duplicated leg (correlation 1, singular R) adds nothing to P(all)")
  void duplicatedLeg() {
    double[] p3 = {0.6, 0.55, 0.5};
    double[][] r3 = {{1, 0.3, 0.2}, {0.3, 1, 0.4}, {0.2, 0.4, 1}};
    double[] p4 = {0.6, 0.6, 0.55, 0.5};
    double[][] r4 = {{1, 1, 0.3, 0.2}, {1, 1, 0.3, 0.2}, {0.3, 0.3, 1, 0.4}, {0.2, 0.2, 0.4, 1}};
    assertThat(SlipProbabilities.exact(p4, r4).pAll())
        .isCloseTo(SlipProbabilities.exact(p3, r3).pAll(), offset(1e-7));
  }

  @Test
  @DisplayName("certain and impossible legs, bad probabilities and bad matrices")
  void edges() {
    double[][] r = {{1, 0.5}, {0.5, 1}};
    assertThat(SlipProbabilities.exact(new double[] {0, 0.6}, r).pAll()).isZero();
    assertThat(SlipProbabilities.exact(new double[] {1, 0.6}, r).pAll())
        .isCloseTo(0.6, offset(1e-15));
    assertThatThrownBy(() -> SlipProbabilities.exact(new double[] {1.2, 0.6}, r))
        .hasMessageContaining("p[0]");
    assertThatThrownBy(() -> SlipProbabilities.exact(new double[] {0.5, 0.6, 0.7}, r))
        .isInstanceOf(InvalidCorrelationException.class)
        .hasMessage("size 2 does not match 3 legs");
  }
}
