package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PlackettRecursion (Plackett's identity along a path of correlation matrices)")
class PlackettRecursionTest {

  private static double[] limits(double[] p) {
    return Arrays.stream(p).map(Normal::inverseCdf).toArray();
  }

  private static double maxDifference(double[] a, double[] b) {
    assertThat(a).hasSameSizeAs(b);
    double worst = 0;
    for (int k = 0; k < a.length; k++) {
      worst = Math.max(worst, Math.abs(a[k] - b[k]));
    }
    return worst;
  }

  @Test
  @DisplayName("exchangeable legs, rho 0.2 to 0.9, match the one-factor integral (1e-6)")
  void exchangeableLegs() {
    double[] p = {0.55, 0.6, 0.5, 0.62, 0.48, 0.57};
    for (double rho : new double[] {0.2, 0.5, 0.8, 0.9}) {
      double[] hits = PlackettRecursion.hits(limits(p), RandomCorrelation.equicorrelated(6, rho));
      assertThat(maxDifference(hits, SlipReference.oneFactorPanels(p, rho)))
          .as("rho = %s", rho).isLessThan(1e-6);
    }
  }

  @Test
  @DisplayName("random dense matrices of 4 to 7 legs agree with inclusion-exclusion (1e-6)")
  void agreesWithInclusionExclusion() {
    SplittableRandom random = new SplittableRandom(31);
    for (int n = 4; n <= 7; n++) {
      for (int trial = 0; trial < 8; trial++) {
        double[][] r = RandomCorrelation.fromFactors(random, n, 2);
        double[] p = new double[n];
        Arrays.setAll(p, i -> 0.3 + 0.5 * random.nextDouble());
        double[] b = limits(p);
        SeparationOfVariables.Result reference = InclusionExclusion.hits(b, r);
        double[] hits = PlackettRecursion.hits(b, r);
        assertThat(maxDifference(hits, reference.hits()))
            .as("n = %s, trial %s", n, trial)
            .isLessThan(1e-6 + reference.errorBound());
        assertThat(Arrays.stream(hits).sum()).isCloseTo(1, offset(1e-12));
        assertThat(Arrays.stream(hits).min().orElseThrow()).isGreaterThan(-1e-9);
      }
    }
  }

  @Test
  @DisplayName("three coin flips: P(all) = 1/8 + (asin r12 + asin r13 + asin r23)/(4 pi)")
  void threeCoinFlips() {
    double[][] r = {{1, 0.3, -0.2}, {0.3, 1, 0.6}, {-0.2, 0.6, 1}};
    double[] hits = PlackettRecursion.hits(new double[3], r);
    double expected = 0.125 + (Math.asin(0.3) + Math.asin(-0.2) + Math.asin(0.6)) / (4 * Math.PI);
    assertThat(hits[3]).isCloseTo(expected, offset(1e-6));
    // by symmetry of N(0, R) at the origin, P(none) = P(all)
    assertThat(hits[0]).isCloseTo(expected, offset(1e-6));
  }

  @Test
  @DisplayName("independent legs give the Poisson-binomial distribution (no quadrature terms; Phi to 2e-10)")
  void independentLegs() {
    double[] p = {0.3, 0.55, 0.7, 0.61, 0.45};
    double[][] identity = RandomCorrelation.equicorrelated(5, 0);
    assertThat(maxDifference(PlackettRecursion.hits(limits(p), identity),
        SlipReference.poissonBinomial(p))).isLessThan(1e-9);
  }

  @Test
  @DisplayName("a singular matrix or a certain leg is declined (null), for the fallback methods")
  void declines() {
    double[][] duplicated = {{1, 1, 0.3, 0.2}, {1, 1, 0.3, 0.2}, {0.3, 0.3, 1, 0.1},
        {0.2, 0.2, 0.1, 1}};
    assertThat(PlackettRecursion.result(limits(new double[] {0.5, 0.6, 0.55, 0.52}),
        duplicated)).isNull();
    assertThat(PlackettRecursion.result(limits(new double[] {1, 0.6, 0.55, 0.52}),
        RandomCorrelation.equicorrelated(4, 0.3))).isNull();
    SeparationOfVariables.Result fine = PlackettRecursion.result(
        limits(new double[] {0.5, 0.6, 0.55, 0.52}), RandomCorrelation.equicorrelated(4, 0.3));
    assertThat(fine.errorBound()).isEqualTo(PlackettRecursion.ERROR_ESTIMATE);
  }
}
