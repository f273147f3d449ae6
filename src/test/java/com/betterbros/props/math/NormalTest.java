package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Normal")
class NormalTest {

  // Phi(x) to 20 digits, from mpmath 1.3 (ncdf at 40 decimal digits)
  private static final double[][] CDF = {
      {-37, 5.7255712225245768227e-300}, {-20, 2.7536241186062336951e-89},
      {-10, 7.619853024160526066e-24}, {-6, 9.865876450376981407e-10},
      {-5.5, 1.8989562465887719384e-8}, {-3, 0.0013498980316300945267},
      {-1.5, 0.066807201268858066004}, {-0.5, 0.30853753872598689636},
      {0.25, 0.59870632568292372424}, {0.6, 0.72574688224992641231},
      {1, 0.84134474606854294859}, {2.5, 0.99379033467422386483},
      {5, 0.99999971334842812081}};
  // Phi^-1(p) to 20 digits, from mpmath 1.3 (findroot at 60 digits)
  private static final double[][] QUANTILES = {
      {1e-300, -37.047096299361199237}, {1e-12, -7.0344838253011319298},
      {0.001, -3.0902323061678135415}, {0.05, -1.6448536269514727149},
      {0.3, -0.52440051270804078404}, {0.75, 0.6744897501960817432},
      {0.975, 1.9599639845400542355}, {0.999, 3.0902323061678135415}};

  @Test
  @DisplayName("the CDF matches 20-digit references to 1e-14 relative, tails included")
  void cdfMatchesReferences() {
    for (double[] c : CDF) {
      assertThat(Normal.cdf(c[0])).as("Phi(%s)", c[0]).isCloseTo(c[1], withinPercentage(1e-12));
    }
  }

  @Test
  @DisplayName("the CDF is 1/2 at 0, symmetric, monotone, and saturates to 0 and 1")
  void cdfShape() {
    assertThat(Normal.cdf(0)).isEqualTo(0.5);
    double previous = 0;
    for (double x = -40; x <= 10; x += 0.01) {
      double value = Normal.cdf(x);
      assertThat(value).isGreaterThanOrEqualTo(previous);
      assertThat(value + Normal.cdf(-x)).isCloseTo(1, offset(2e-16));
      previous = value;
    }
    assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
    assertThat(Normal.cdf(Double.NaN)).isNaN();
  }

  @Test
  @DisplayName("the inverse matches 20-digit quantiles to 1e-14 relative")
  void inverseMatchesReferences() {
    for (double[] q : QUANTILES) {
      assertThat(Normal.inverseCdf(q[0])).as("Phi^-1(%s)", q[0])
          .isCloseTo(q[1], withinPercentage(1e-12));
    }
    assertThat(Normal.inverseCdf(0.5)).isZero();
  }

  @Test
  @DisplayName("inverse then CDF returns p to 1e-12 relative over (1e-300, 1 - 1e-9)")
  void roundTrip() {
    // relative error of Phi(x) grows like x^2 times that of x: 1369 ulps at p = 1e-300
    for (double logP = -300; logP < -0.001; logP += 0.37) {
      double p = Math.pow(10, logP);
      assertThat(Normal.cdf(Normal.inverseCdf(p))).isCloseTo(p, withinPercentage(1e-10));
    }
    for (double p = 0.001; p < 1 - 1e-9; p += 0.0013) {
      assertThat(Normal.cdf(Normal.inverseCdf(p))).isCloseTo(p, offset(4e-16));
    }
  }

  @Test
  @DisplayName("the inverse is infinite at 0 and 1 and NaN outside [0, 1]")
  void inverseEdges() {
    assertThat(Normal.inverseCdf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Normal.inverseCdf(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Normal.inverseCdf(-0.1)).isNaN();
    assertThat(Normal.inverseCdf(1.1)).isNaN();
    assertThat(Normal.inverseCdf(Double.NaN)).isNaN();
  }

  @Test
  @DisplayName("the density is exp(-x^2/2)/sqrt(2 pi)")
  void density() {
    assertThat(Normal.pdf(0)).isCloseTo(1 / Math.sqrt(2 * Math.PI), offset(1e-16));
    assertThat(Normal.pdf(1.5)).isCloseTo(0.12951759566589174, offset(1e-16));
  }
}
