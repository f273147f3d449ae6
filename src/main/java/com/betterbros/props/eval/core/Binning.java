package com.betterbros.props.eval.core;

import com.betterbros.props.math.WilsonInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How forecasts are grouped for a reliability diagram. Equal-width: bin b = [b/B, (b+1)/B), p = 1
 * in the last bin; empty bins are left out. Equal-mass: the forecasts sorted, cut into B groups of
 * n/B (the first n mod B groups one larger), each bin spanning its smallest to its largest
 * forecast — every bin has data where forecasts crowd, as they do near 0.5 for props.
 */
public enum Binning {
  EQUAL_WIDTH,
  EQUAL_MASS;

  /** The non-empty bins of forecasts {@code p} of events {@code y} (0 or 1). */
  public List<CalibrationBin> bins(double[] p, int[] y, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("bins must be at least 1, got " + count);
    }
    return this == EQUAL_WIDTH ? equalWidth(p, y, count) : equalMass(p, y, count);
  }

  private static List<CalibrationBin> equalWidth(double[] p, int[] y, int count) {
    int[] n = new int[count];
    int[] k = new int[count];
    double[] sum = new double[count];
    for (int i = 0; i < p.length; i++) {
      int b = Math.min(count - 1, (int) (p[i] * count));
      n[b]++;
      k[b] += y[i];
      sum[b] += p[i];
    }
    List<CalibrationBin> bins = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      if (n[b] > 0) {
        double upper = b == count - 1 ? 1.0 : (double) (b + 1) / count;
        bins.add(bin((double) b / count, upper, n[b], k[b], sum[b]));
      }
    }
    return List.copyOf(bins);
  }

  private static List<CalibrationBin> equalMass(double[] p, int[] y, int count) {
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    List<CalibrationBin> bins = new ArrayList<>();
    int start = 0;
    for (int b = 0; b < count && start < p.length; b++) {
      int size = p.length / count + (b < p.length % count ? 1 : 0);
      if (size == 0) {
        continue;
      }
      int k = 0;
      double sum = 0;
      for (int i = start; i < start + size; i++) {
        k += y[order[i]];
        sum += p[order[i]];
      }
      bins.add(bin(p[order[start]], p[order[start + size - 1]], size, k, sum));
      start += size;
    }
    return List.copyOf(bins);
  }

  private static CalibrationBin bin(double lower, double upper, int n, int k, double sumP) {
    WilsonInterval ci = WilsonInterval.of95(k, n);
    return new CalibrationBin(lower, upper, n, sumP / n, (double) k / n, ci.low(), ci.high());
  }
}
