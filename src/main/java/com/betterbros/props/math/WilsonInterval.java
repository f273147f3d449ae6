package com.betterbros.props.math;

/**
 * The Wilson score interval of a binomial proportion (E. B. Wilson, "Probable inference, the law
 * of succession, and statistical inference", JASA 22, 1927): for k successes in n trials at
 * z = 1.96, centre (k + z²/2) / (n + z²) and half-width z sqrt(k (n - k) / n + z²/4) / (n + z²),
 * clipped to [0, 1]. Unlike the normal approximation it stays inside [0, 1] and is sane at k = 0
 * or k = n and for small n. NaN bounds when n = 0.
 */
public record WilsonInterval(double low, double high) {

  /** The 95% interval. */
  public static final double Z95 = 1.96;

  public static WilsonInterval of95(int k, int n) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + ", n=" + n);
    }
    if (n == 0) {
      return new WilsonInterval(Double.NaN, Double.NaN);
    }
    double z2 = Z95 * Z95;
    double centre = (k + z2 / 2) / (n + z2);
    double half = Z95 * Math.sqrt((double) k * (n - k) / n + z2 / 4) / (n + z2);
    return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
