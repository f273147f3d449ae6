package com.betterbros.props.math;

import java.util.SplittableRandom;

/** Seeded random variates for the tests, built only on SplittableRandom.nextDouble(). */
final class Sampling {

  private Sampling() {}

  /** Standard normal by Marsaglia's polar method (second variate discarded). */
  static double gaussian(SplittableRandom rng) {
    while (true) {
      double u = 2 * rng.nextDouble() - 1;
      double v = 2 * rng.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * Math.log(s) / s);
      }
    }
  }

  /**
   * Gamma(shape, scale 1) by Marsaglia and Tsang (ACM TOMS 26, 2000): d = shape - 1/3,
   * c = 1 / sqrt(9 d), v = (1 + c Z)^3, accept d v when ln U < Z^2 / 2 + d - d v + d ln v. Shapes
   * below 1 use Gamma(shape) = Gamma(shape + 1) U^(1 / shape).
   */
  static double gamma(SplittableRandom rng, double shape) {
    if (shape < 1) {
      return gamma(rng, shape + 1) * Math.pow(rng.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = gaussian(rng);
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** Poisson by sequential inversion of the CDF from P(0) = e^-lambda (lambda below ~700). */
  static int poisson(SplittableRandom rng, double lambda) {
    double u = rng.nextDouble();
    double term = Math.exp(-lambda);
    double cdf = term;
    int k = 0;
    while (u > cdf && term > 0) {
      k++;
      term *= lambda / k;
      cdf += term;
    }
    return k;
  }

  /**
   * NB2(mu, r) as a Poisson-gamma mixture (Greenwood and Yule 1920): lambda ~ Gamma(shape r,
   * scale mu / r), so E lambda = mu and Var lambda = mu^2 / r; then X ~ Poisson(lambda).
   */
  static int negativeBinomial(SplittableRandom rng, double mu, double r) {
    return poisson(rng, gamma(rng, r) * mu / r);
  }

  /** Bernoulli(p) as 0 or 1. */
  static int bernoulli(SplittableRandom rng, double p) {
    return rng.nextDouble() < p ? 1 : 0;
  }
}
