package com.betterbros.props.sim;

/** Standard normal density and distribution function. */
final class Normal {

  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private Normal() {}

  static double pdf(double z) {
    return INV_SQRT_2PI * StrictMath.exp(-0.5 * z * z);
  }

  /** Phi(z) = erfc(-z / sqrt 2) / 2. */
  static double cdf(double z) {
    return 0.5 * erfc(-z / Math.sqrt(2));
  }

  /**
   * Complementary error function, Chebyshev fit with fractional error below 1.2e-7
   * (Press et al., Numerical Recipes, 3rd ed., section 6.2, erfcc).
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
        + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
        + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
