package com.betterbros.props.math;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores for probability forecasts p_i of binary outcomes y_i in {0, 1}.
 *
 * <p>Every method requires arrays of the same, non-zero length, probabilities that are finite and
 * in [0, 1], and outcomes that are 0 or 1; anything else is an {@link IllegalArgumentException}.
 */
public final class CalibrationMetrics {

  /** Log loss clips p to [EPS, 1 - EPS] so that a confident miss costs a finite amount. */
  static final double LOG_LOSS_EPS = 1e-15;

  private CalibrationMetrics() {}

  /** Brier score (Brier 1950): (1/n) sum_i (p_i - y_i)^2. */
  public static double brier(double[] p, int[] y) {
    validate(p, y);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double d = p[i] - y[i];
      sum += d * d;
    }
    return sum / p.length;
  }

  /** Log loss: -(1/n) sum_i [y_i ln p_i + (1 - y_i) ln(1 - p_i)], p clipped to [1e-15, 1-1e-15]. */
  public static double logLoss(double[] p, int[] y) {
    validate(p, y);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double q = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, p[i]));
      sum -= y[i] == 1 ? Math.log(q) : Math.log1p(-q);
    }
    return sum / p.length;
  }

  /**
   * Expected calibration error (Naeini, Cooper and Hauskrecht, AAAI 2015) over {@code bins}
   * equal-width bins of [0, 1]: sum_b (n_b / n) |mean p_b - mean y_b|, with p = 1 in the last bin.
   */
  public static double ece(double[] p, int[] y, int bins) {
    double ece = 0;
    for (ReliabilityBin bin : reliability(p, y, bins)) {
      ece += (double) bin.n() / p.length * Math.abs(bin.meanPredicted() - bin.observedRate());
    }
    return ece;
  }

  /**
   * ROC AUC as the Mann–Whitney statistic (Hanley and McNeil, Radiology 1982): rank all p_i
   * ascending with tied values given their average rank, R+ = sum of the positives' ranks,
   * U = R+ - n+ (n+ + 1) / 2, AUC = U / (n+ n-). NaN when either class is absent.
   */
  public static double auc(double[] p, int[] y) {
    validate(p, y);
    int n = p.length;
    int[] order = sortedOrder(p);
    double positives = 0;
    double rankSum = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && p[order[end]] == p[order[start]]) {
        end++;
      }
      // 1-based ranks start+1 .. end share their average (start + 1 + end) / 2
      double averageRank = (start + 1 + end) / 2.0;
      for (int k = start; k < end; k++) {
        if (y[order[k]] == 1) {
          positives++;
          rankSum += averageRank;
        }
      }
      start = end;
    }
    double negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double u = rankSum - positives * (positives + 1) / 2;
    return u / (positives * negatives);
  }

  /**
   * The non-empty bins of a reliability diagram over {@code bins} equal-width bins of [0, 1]:
   * bin b = [b / bins, (b + 1) / bins), index floor(p * bins) capped at bins - 1 so p = 1 lands
   * in the last bin. Empty bins are left out (there is nothing to plot for them).
   */
  public static List<ReliabilityBin> reliability(double[] p, int[] y, int bins) {
    validate(p, y);
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, got " + bins);
    }
    int[] count = new int[bins];
    double[] sumP = new double[bins];
    double[] sumY = new double[bins];
    for (int i = 0; i < p.length; i++) {
      int b = Math.min(bins - 1, (int) (p[i] * bins));
      count[b]++;
      sumP[b] += p[i];
      sumY[b] += y[i];
    }
    List<ReliabilityBin> result = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        double lower = (double) b / bins;
        double upper = b == bins - 1 ? 1.0 : (double) (b + 1) / bins;
        result.add(
            new ReliabilityBin(lower, upper, count[b], sumP[b] / count[b], sumY[b] / count[b]));
      }
    }
    return List.copyOf(result);
  }

  /** Brier, log loss, ECE over 10 bins, AUC and n in one record. */
  public static Metrics all(double[] p, int[] y) {
    return new Metrics(brier(p, y), logLoss(p, y), ece(p, y, 10), auc(p, y), p.length);
  }

  /** Checks the shared contract: same non-zero length, p finite in [0, 1], y in {0, 1}. */
  static void validate(double[] p, int[] y) {
    if (p == null || y == null) {
      throw new IllegalArgumentException("p and y are required");
    }
    if (p.length != y.length) {
      throw new IllegalArgumentException(
          "p and y differ in length: " + p.length + " vs " + y.length);
    }
    if (p.length == 0) {
      throw new IllegalArgumentException("no forecasts to score");
    }
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] = " + p[i] + " is not in [0, 1]");
      }
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("y[" + i + "] = " + y[i] + " is not 0 or 1");
      }
    }
  }

  /** Indices of p in ascending order of p (stable). */
  static int[] sortedOrder(double[] p) {
    return IntStream.range(0, p.length)
        .boxed()
        .sorted((a, b) -> Double.compare(p[a], p[b]))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
