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
    Blocks blocks = Blocks.of(p, y);
    double[] xs = new double[blocks.n];
    double[] ys = new double[blocks.n];
    for (int b = 0; b < blocks.n; b++) {
      xs[b] = blocks.knot(b);
      ys[b] = Math.min(1 - EPS, Math.max(EPS, blocks.sy[b] / blocks.w[b]));
    }
    return new IsotonicCalibrator(xs, ys);
  }

  /**
   * A calibrator for the tails too: the isotonic fit of (p, y), each block's rate shrunk toward
   * its mean raw p with {@code prior} pseudo-rows, (n ȳ + prior p̄) / (n + prior), pooled again
   * where the shrinking broke the order, and fixed end knots (0, 0) and (1, 1). A small block of
   * all-overs at the top of the calibration range then no longer maps every higher raw p to
   * 1 - 1e-4: beyond the fitted range the map runs linearly to the ends, so a far line (raw p near
   * 0 or 1) keeps a probability near its raw one, and the map g is a continuous non-decreasing
   * function of [0, 1] onto [0, 1] (so g(S(x)) of a survival function S is again one).
   */
  public static IsotonicCalibrator fitAnchored(double[] p, int[] y, double prior) {
    if (!(prior >= 0)) {
      throw new IllegalArgumentException("prior must be >= 0, got " + prior);
    }
    Blocks blocks = Blocks.of(p, y);
    int n = blocks.n;
    double[] w = new double[n];
    double[] v = new double[n];
    double[] x = new double[n];
    int top = -1;
    for (int b = 0; b < n; b++) {
      double pMean = blocks.sp[b] / blocks.w[b];
      top++;
      w[top] = blocks.w[b] + prior;
      v[top] = (blocks.sy[b] + prior * pMean) / (blocks.w[b] + prior);
      x[top] = blocks.knot(b);
      // Pool adjacent violators once more on the shrunk rates (weights n + prior).
      while (top > 0 && v[top - 1] > v[top]) {
        double total = w[top - 1] + w[top];
        v[top - 1] = (v[top - 1] * w[top - 1] + v[top] * w[top]) / total;
        x[top - 1] = (x[top - 1] * w[top - 1] + x[top] * w[top]) / total;
        w[top - 1] = total;
        top--;
      }
    }
    int m = top + 1;
    double[] xs = new double[m + 2];
    double[] ys = new double[m + 2];
    xs[m + 1] = 1;
    ys[m + 1] = 1;
    for (int k = 0; k < m; k++) {
      xs[k + 1] = Math.min(1, Math.max(0, x[k]));
      ys[k + 1] = Math.min(1 - EPS, Math.max(EPS, v[k]));
    }
    return new IsotonicCalibrator(xs, ys);
  }

  /** The pooled blocks of pool-adjacent-violators: per block rows w, sum of y, sum of p, p range. */
  private static final class Blocks {
    final double[] w;
    final double[] sy;
    final double[] sp;
    final double[] lo;
    final double[] hi;
    int n;

    private Blocks(int size) {
      w = new double[size];
      sy = new double[size];
      sp = new double[size];
      lo = new double[size];
      hi = new double[size];
    }

    /** Knot x = block's mean p, kept inside [lo, hi] so rounding cannot reorder the knots. */
    double knot(int b) {
      return Math.min(hi[b], Math.max(lo[b], sp[b] / w[b]));
    }

    static Blocks of(double[] p, int[] y) {
      CalibrationMetrics.validate(p, y);
      int[] order = CalibrationMetrics.sortedOrder(p);
      int size = p.length;
      Blocks k = new Blocks(size);
      // Block means are compared as sy_a / w_a > sy_b / w_b <=> sy_a w_b > sy_b w_a, exact for integer counts.
      int top = -1;
      int i = 0;
      while (i < size) {
        // Rows with the same p must get the same output, so they start as one block.
        double value = p[order[i]];
        top++;
        k.w[top] = 0;
        k.sy[top] = 0;
        k.sp[top] = 0;
        k.lo[top] = value;
        k.hi[top] = value;
        while (i < size && p[order[i]] == value) {
          k.w[top]++;
          k.sy[top] += y[order[i]];
          k.sp[top] += value;
          i++;
        }
        // PAV: while the previous block's mean exceeds this one's, pool them (weighted means).
        while (top > 0 && k.sy[top - 1] * k.w[top] > k.sy[top] * k.w[top - 1]) {
          k.w[top - 1] += k.w[top];
          k.sy[top - 1] += k.sy[top];
          k.sp[top - 1] += k.sp[top];
          k.hi[top - 1] = k.hi[top];
          top--;
        }
      }
      k.n = top + 1;
      return k;
    }
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
