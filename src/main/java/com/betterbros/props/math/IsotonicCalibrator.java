package com.betterbros.props.math;

import java.util.Arrays;
import java.util.Comparator;

/**
 * TEMPORARY copy for the model branch (the math branch owns this class): isotonic calibration by
 * pool-adjacent-violators; knots at block means, linear interpolation between knots, constant
 * outside, outputs clamped to [1e-4, 1 - 1e-4].
 */
public final class IsotonicCalibrator {

  private static final double EPS = 1e-4;
  private final double[] xs;
  private final double[] ys;

  private IsotonicCalibrator(double[] xs, double[] ys) {
    this.xs = xs;
    this.ys = ys;
  }

  /** Fits the non-decreasing map of raw probabilities p in [0, 1] to outcomes y in {0, 1}. */
  public static IsotonicCalibrator fit(double[] p, int[] y) {
    int n = p.length;
    if (n == 0 || y.length != n) {
      throw new IllegalArgumentException("p and y must have the same non-zero length");
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] w = new double[n];
    double[] sy = new double[n];
    double[] sp = new double[n];
    int top = -1;
    int i = 0;
    while (i < n) {
      double value = p[order[i]];
      top++;
      w[top] = 0;
      sy[top] = 0;
      sp[top] = 0;
      while (i < n && p[order[i]] == value) {
        w[top]++;
        sy[top] += y[order[i]];
        sp[top] += value;
        i++;
      }
      // pool while the previous block's mean outcome exceeds this block's
      while (top > 0 && sy[top - 1] * w[top] > sy[top] * w[top - 1]) {
        w[top - 1] += w[top];
        sy[top - 1] += sy[top];
        sp[top - 1] += sp[top];
        top--;
      }
    }
    double[] xs = new double[top + 1];
    double[] ys = new double[top + 1];
    for (int b = 0; b <= top; b++) {
      xs[b] = sp[b] / w[b];
      ys[b] = Math.min(1 - EPS, Math.max(EPS, sy[b] / w[b]));
    }
    return new IsotonicCalibrator(xs, ys);
  }

  /** Rebuilds a calibrator from stored knots (same non-zero length, both non-decreasing). */
  public static IsotonicCalibrator of(double[] xs, double[] ys) {
    if (xs.length != ys.length || xs.length == 0) {
      throw new IllegalArgumentException("knots must be two arrays of the same non-zero length");
    }
    for (int i = 1; i < xs.length; i++) {
      if (xs[i] < xs[i - 1] || ys[i] < ys[i - 1]) {
        throw new IllegalArgumentException("knots are not sorted at index " + i);
      }
    }
    return new IsotonicCalibrator(xs.clone(), ys.clone());
  }

  /** The calibrated probability of raw probability p. */
  public double apply(double p) {
    int hi = Arrays.binarySearch(xs, p);
    if (hi >= 0) {
      return ys[hi];
    }
    int upper = -hi - 1;
    if (upper == 0) {
      return ys[0];
    }
    if (upper == xs.length) {
      return ys[xs.length - 1];
    }
    // y = ys[i] + (p - xs[i]) / (xs[i+1] - xs[i]) * (ys[i+1] - ys[i])
    int lower = upper - 1;
    double t = (p - xs[lower]) / (xs[upper] - xs[lower]);
    return ys[lower] + t * (ys[upper] - ys[lower]);
  }

  /** Knot x values; a copy. */
  public double[] xs() {
    return xs.clone();
  }

  /** Knot y values; a copy. */
  public double[] ys() {
    return ys.clone();
  }
}
