package com.betterbros.props.sim;

import java.util.List;

/** Reliability figures of (probability, outcome) pairs. */
final class Calibration {

  private Calibration() {}

  /**
   * Expected calibration error over equal-width bins: sum_b (n_b / N) |mean p_b - mean y_b|
   * (Naeini, Cooper and Hauskrecht, AAAI 2015).
   */
  static double ece(List<double[]> pairs, int bins) {
    double[][] table = table(pairs, bins);
    double ece = 0;
    for (double[] b : table) {
      if (b[0] > 0) {
        ece += b[0] / pairs.size() * Math.abs(b[1] / b[0] - b[2] / b[0]);
      }
    }
    return ece;
  }

  /** Per bin: count, sum of probabilities, sum of outcomes. */
  static double[][] table(List<double[]> pairs, int bins) {
    double[][] table = new double[bins][3];
    for (double[] pair : pairs) {
      int b = Math.min(bins - 1, (int) (pair[0] * bins));
      table[b][0]++;
      table[b][1] += pair[0];
      table[b][2] += pair[1];
    }
    return table;
  }
}
