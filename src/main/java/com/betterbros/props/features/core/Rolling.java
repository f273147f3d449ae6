package com.betterbros.props.features.core;

import java.util.Arrays;

/**
 * Window statistics over a series ordered oldest first. "Last n" means the final n values, or
 * all of them when there are fewer. Empty windows give 0 (the feature set's documented default).
 */
final class Rolling {

  private Rolling() {}

  /** Arithmetic mean of the last n values; 0 when empty. */
  static double mean(double[] x, int n) {
    int from = Math.max(0, x.length - n);
    if (from == x.length) {
      return 0;
    }
    double sum = 0;
    for (int i = from; i < x.length; i++) {
      sum += x[i];
    }
    return sum / (x.length - from);
  }

  /** Median of the last n values (mean of the two middle ones for an even count); 0 when empty. */
  static double median(double[] x, int n) {
    int from = Math.max(0, x.length - n);
    int m = x.length - from;
    if (m == 0) {
      return 0;
    }
    double[] w = Arrays.copyOfRange(x, from, x.length);
    Arrays.sort(w);
    return m % 2 == 1 ? w[m / 2] : (w[m / 2 - 1] + w[m / 2]) / 2;
  }

  /**
   * Exponentially weighted mean: Σ w_k x_k / Σ w_k with w_k = 2^(−k/h), k games ago (k = 0 the
   * latest), h the half-life in games; 0 when empty.
   */
  static double ewma(double[] x, double halfLife) {
    return weightedRatio(x, null, halfLife);
  }

  /**
   * Σ w_k x_k / Σ w_k y_k with the same weights as {@link #ewma} (y = null means y_k = 1): an EWMA
   * of a rate, e.g. points per minute. 0 when the denominator is 0.
   */
  static double weightedRatio(double[] x, double[] y, double halfLife) {
    double decay = Math.pow(2, -1 / halfLife);
    double w = 1;
    double num = 0;
    double den = 0;
    for (int i = x.length - 1; i >= 0; i--) {
      num += w * x[i];
      den += w * (y == null ? 1 : y[i]);
      w *= decay;
    }
    return den > 0 ? num / den : 0;
  }

  /** Sample standard deviation (n − 1 denominator) of the last n values; 0 with fewer than 2. */
  static double sd(double[] x, int n) {
    int from = Math.max(0, x.length - n);
    int m = x.length - from;
    if (m < 2) {
      return 0;
    }
    double mean = mean(x, n);
    double ss = 0;
    for (int i = from; i < x.length; i++) {
      ss += (x[i] - mean) * (x[i] - mean);
    }
    return Math.sqrt(ss / (m - 1));
  }

  /**
   * Ordinary least-squares slope of the last n values against their index t = 0..m−1:
   * b = Σ (t − t̄)(x_t − x̄) / Σ (t − t̄)², in stat units per game; 0 with fewer than 2 values.
   */
  static double slope(double[] x, int n) {
    int from = Math.max(0, x.length - n);
    int m = x.length - from;
    if (m < 2) {
      return 0;
    }
    double tMean = (m - 1) / 2.0;
    double xMean = mean(x, n);
    double sxy = 0;
    double sxx = 0;
    for (int t = 0; t < m; t++) {
      double dt = t - tMean;
      sxy += dt * (x[from + t] - xMean);
      sxx += dt * dt;
    }
    return sxy / sxx;
  }

  /** Sum of the last n values. */
  static double sum(double[] x, int n) {
    double s = 0;
    for (int i = Math.max(0, x.length - n); i < x.length; i++) {
      s += x[i];
    }
    return s;
  }
}
