package com.betterbros.props.math;

import java.util.SplittableRandom;

/**
 * Monte Carlo slip probabilities under a Gaussian copula: Z = L g with g standard normal
 * (SplittableRandom, seeded) and L L' = R; leg i wins iff Z_i <= Phi^-1(p_i).
 */
public final class MonteCarloSlips {

  private MonteCarloSlips() {}

  /**
   * The hit distribution from {@code draws} joint draws with the given seed; the standard error
   * is that of {@code pAll}, sqrt(p (1 - p) / draws).
   */
  public static SlipDistribution simulate(double[] p, double[][] r, int draws, long seed) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, got " + draws);
    }
    double[] t = SlipProbabilities.thresholds(p);
    int n = p.length;
    double[][] l = SlipProbabilities.cholesky(r, n);
    SplittableRandom random = new SplittableRandom(seed);
    long[] counts = new long[n + 1];
    double[] g = new double[n];
    for (int d = 0; d < draws; d++) {
      int wins = 0;
      for (int i = 0; i < n; i++) {
        g[i] = random.nextGaussian();
        double z = 0;
        for (int j = 0; j <= i; j++) {
          z += l[i][j] * g[j]; // Z_i = sum_j L_ij g_j
        }
        if (z <= t[i]) {
          wins++;
        }
      }
      counts[wins]++;
    }
    double[] hits = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      hits[k] = counts[k] / (double) draws;
    }
    double pAll = hits[n];
    return new SlipDistribution(pAll, hits, Math.sqrt(pAll * (1 - pAll) / draws));
  }
}
