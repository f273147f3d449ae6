package com.betterbros.props.math;

import java.util.Arrays;
import java.util.Comparator;

/**
 * TEMPORARY copy for the model branch (the math branch owns this class): Brier score, log loss,
 * ECE (10 equal-width bins) and AUC of probability forecasts p against outcomes y in {0, 1}.
 */
public final class CalibrationMetrics {

  private CalibrationMetrics() {}

  /** All four metrics and n. */
  public static Metrics all(double[] p, int[] y) {
    if (p.length != y.length || p.length == 0) {
      throw new IllegalArgumentException("p and y must have the same non-zero length");
    }
    int n = p.length;
    double brier = 0;
    double logLoss = 0;
    double[] binP = new double[10];
    double[] binY = new double[10];
    int[] binN = new int[10];
    for (int i = 0; i < n; i++) {
      // Brier = mean (p - y)^2; log loss = -mean [y ln p + (1 - y) ln(1 - p)]
      brier += (p[i] - y[i]) * (p[i] - y[i]);
      double q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]));
      logLoss -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
      int b = Math.min(9, (int) (p[i] * 10));
      binP[b] += p[i];
      binY[b] += y[i];
      binN[b]++;
    }
    // ECE = sum_b (n_b / n) |mean p_b - mean y_b|
    double ece = 0;
    for (int b = 0; b < 10; b++) {
      if (binN[b] > 0) {
        ece += Math.abs(binP[b] - binY[b]) / n;
      }
    }
    return new Metrics(brier / n, logLoss / n, ece, auc(p, y), n);
  }

  /** AUC by the Mann-Whitney rank sum, ties given their average rank. */
  private static double auc(double[] p, int[] y) {
    int n = p.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double rankSumPositive = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSumPositive += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    // AUC = (R+ - n+(n+ + 1)/2) / (n+ n-)
    return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
