package com.betterbros.props.math;

/**
 * Isotonic calibration: the non-decreasing step function of p that is closest to the outcomes in
 * least squares, found by pool-adjacent-violators (Barlow, Bartholomew, Bremner and Brunk,
 * Statistical Inference under Order Restrictions, 1972; used for calibration by Zadrozny and Elkan,
 * KDD 2002). Each pooled block becomes a knot (mean p of the block, mean y of the block); between
 * knots the map interpolates linearly, outside them it is constant. Outputs are clamped to
 * [1e-4, 1 - 1e-4] so that no calibrated probability is ever exactly 0 or 1.
 */
public final class IsotonicCalibrator {

  /** Outputs are clamped to [EPS, 1 - EPS]. */
  public static final double EPS = 1e-4;

  private final double[] xs;
  private final double[] ys;

  private IsotonicCalibrator(double[] xs, double[] ys) {
    this.xs = xs;
    this.ys = ys;
  }

  /**
   * Fits the calibrator to raw probabilities p and outcomes y (see {@link CalibrationMetrics} for
   * the input contract).
   */
  public static IsotonicCalibrator fit(double[] p, int[] y) {
    CalibrationMetrics.validate(p, y);
    int[] order = CalibrationMetrics.sortedOrder(p);
    int n = p.length;
    // Per block: weight w (rows), sum of y, sum of p, smallest and largest p. Block means are
    // compared as sy_a / w_a > sy_b / w_b  <=>  sy_a w_b > sy_b w_a, exact for integer counts.
    double[] w = new double[n];
    double[] sy = new double[n];
    double[] sp = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    int top = -1;
    int i = 0;
    while (i < n) {
      // Rows with the same p must get the same output, so they start as one block.
      double value = p[order[i]];
      top++;
      w[top] = 0;
      sy[top] = 0;
      sp[top] = 0;
      lo[top] = value;
      hi[top] = value;
      while (i < n && p[order[i]] == value) {
        w[top]++;
        sy[top] += y[order[i]];
        sp[top] += value;
        i++;
      }
      // PAV: while the previous block's mean exceeds this one's, pool them (weighted means).
      while (top > 0 && sy[top - 1] * w[top] > sy[top] * w[top - 1]) {
        w[top - 1] += w[top];
        sy[top - 1] += sy[top];
        sp[top - 1] += sp[top];
        hi[top - 1] = hi[top];
        top--;
      }
    }
    int blocks = top + 1;
    double[] xs = new double[blocks];
    double[] ys = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      // Knot x = block's mean p, kept inside [lo, hi] so rounding cannot reorder the knots.
      xs[b] = Math.min(hi[b], Math.max(lo[b], sp[b] / w[b]));
      ys[b] = Math.min(1 - EPS, Math.max(EPS, sy[b] / w[b]));
    }
    return new IsotonicCalibrator(xs, ys);
  }

  /**
   * Rebuilds a calibrator from stored knots: same non-zero length, every value finite in [0, 1],
   * xs and ys each non-decreasing.
   */
  public static IsotonicCalibrator of(double[] xs, double[] ys) {
    if (xs == null || ys == null || xs.length != ys.length || xs.length == 0) {
      throw new IllegalArgumentException("knots must be two arrays of the same non-zero length");
    }
    for (int i = 0; i < xs.length; i++) {
      if (!(xs[i] >= 0 && xs[i] <= 1) || !(ys[i] >= 0 && ys[i] <= 1)) {
        throw new IllegalArgumentException("knot " + i + " is not in [0, 1]");
      }
      if (i > 0 && (xs[i] < xs[i - 1] || ys[i] < ys[i - 1])) {
        throw new IllegalArgumentException("knots are not sorted at index " + i);
      }
    }
    return new IsotonicCalibrator(xs.clone(), ys.clone());
  }

  /** The calibrated probability for a raw probability p. */
  public double apply(double p) {
    if (Double.isNaN(p)) {
      throw new IllegalArgumentException("p is NaN");
    }
    // i = last knot with xs[i] <= p (binary search for the upper bound of p, minus one)
    int low = 0;
    int high = xs.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (xs[mid] <= p) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int i = low - 1;
    if (i < 0) {
      return ys[0];
    }
    if (i == xs.length - 1) {
      return ys[i];
    }
    // xs[i] <= p < xs[i+1]: y = ys[i] + (p - xs[i]) / (xs[i+1] - xs[i]) * (ys[i+1] - ys[i])
    double t = (p - xs[i]) / (xs[i + 1] - xs[i]);
    return ys[i] + t * (ys[i + 1] - ys[i]);
  }

  /** The knots' x values (block mean probabilities), ascending; a copy. */
  public double[] xs() {
    return xs.clone();
  }

  /** The knots' y values (calibrated probabilities), non-decreasing; a copy. */
  public double[] ys() {
    return ys.clone();
  }

  @Override
  public String toString() {
    return "IsotonicCalibrator[" + xs.length + " knots]";
  }
}
