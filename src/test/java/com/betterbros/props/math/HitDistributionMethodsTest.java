package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the exact method's building blocks")
class HitDistributionMethodsTest {

  private static double[] limits(SplittableRandom random, int n) {
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = Normal.inverseCdf(0.3 + 0.5 * random.nextDouble());
    }
    return b;
  }

  @Test
  @DisplayName("nested quadrature of a 3-variable orthant matches the trivariate CDF (1e-8)")
  void nestedMatchesTrivariate() {
    // one 20-point level; correlations up to about 0.95 make the integrand steep: 5e-10 seen
    SplittableRandom random = new SplittableRandom(21);
    for (int trial = 0; trial < 20; trial++) {
      double[] r = TrivariateNormalTest.randomCorrelations(random);
      double[][] full = {{1, r[0], r[1]}, {r[0], 1, r[2]}, {r[1], r[2], 1}};
      double[] b = limits(random, 3);
      double nested = NestedQuadrature.orthant(b, CorrelationMatrix.cholesky(full),
          GaussLegendre.N20);
      assertThat(nested).isCloseTo(TrivariateNormal.cdf(b[0], b[1], b[2], r[0], r[1], r[2]),
          offset(1e-8));
    }
  }

  @Test
  @DisplayName("equicorrelation 1/2 at the origin gives P(all) = 1/(n + 1) for n = 4 to 7 (1e-6)")
  void halfCorrelationOrthant() {
    for (int n = 4; n <= 7; n++) {
      double[] p = new double[n];
      java.util.Arrays.fill(p, 0.5);
      SlipDistribution d = SlipProbabilities.exact(p, RandomCorrelation.equicorrelated(n, 0.5));
      assertThat(d.pAll()).as("n = %s", n).isCloseTo(1.0 / (n + 1), offset(1e-6));
    }
  }

  @Test
  @DisplayName("the lattice and inclusion-exclusion agree within 1e-5 on random dense matrices")
  void latticeAgreesWithInclusionExclusion() {
    SplittableRandom random = new SplittableRandom(22);
    for (int n = 4; n <= 6; n++) {
      double[][] r = RandomCorrelation.fromFactors(random, n, 2);
      double[] b = limits(random, n);
      SeparationOfVariables.Result lattice = SeparationOfVariables.compute(
          b, CorrelationMatrix.cholesky(r), SlipProbabilities.TARGET_ERROR);
      SeparationOfVariables.Result quadrature = InclusionExclusion.hits(b, r);
      assertThat(lattice.errorBound()).isLessThanOrEqualTo(SlipProbabilities.TARGET_ERROR);
      assertThat(quadrature.errorBound()).isLessThanOrEqualTo(SlipProbabilities.TARGET_ERROR);
      double sum = 0;
      for (int k = 0; k <= n; k++) {
        assertThat(lattice.hits()[k]).isCloseTo(quadrature.hits()[k], offset(1e-5));
        assertThat(lattice.hits()[k]).isGreaterThanOrEqualTo(0);
        sum += lattice.hits()[k];
      }
      assertThat(sum).isCloseTo(1, offset(1e-12));
    }
  }

  @Test
  @DisplayName("the lattice is deterministic (fixed shifts) and handles a singular factor")
  void latticeDeterministicAndSingular() {
    double[][] r = {{1, 1, 0.3, 0.2}, {1, 1, 0.3, 0.2}, {0.3, 0.3, 1, 0.4}, {0.2, 0.2, 0.4, 1}};
    double[] b = {0.25, 0.25, 0.1, 0};
    double[][] l = CorrelationMatrix.cholesky(r);
    SeparationOfVariables.Result first = SeparationOfVariables.compute(b, l, 1e-5);
    SeparationOfVariables.Result second = SeparationOfVariables.compute(b, l, 1e-5);
    assertThat(second.hits()).containsExactly(first.hits());
    // legs 0 and 1 are the same leg, so P(all 4 win) = P(legs 0, 2 and 3 win)
    double three = TrivariateNormal.cdf(0.25, 0.1, 0, 0.3, 0.2, 0.4);
    assertThat(first.hits()[4]).isCloseTo(three, offset(1e-5));
    assertThat(InclusionExclusion.hits(b, r).hits()[4]).isCloseTo(three, offset(1e-7));
  }

  @Test
  @DisplayName("an indefinite correlated group is rejected with its smallest eigenvalue")
  void indefiniteGroup() {
    double[][] r = {
        {1, -0.56, -0.56, 0}, {-0.56, 1, -0.56, 0}, {-0.56, -0.56, 1, 0}, {0, 0, 0, 1}};
    assertThatThrownBy(() -> SlipProbabilities.exact(new double[] {0.5, 0.5, 0.5, 0.5}, r))
        .isInstanceOf(InvalidCorrelationException.class)
        .hasMessage("not positive semi-definite: smallest eigenvalue -0.12 < -1e-8");
  }
}
