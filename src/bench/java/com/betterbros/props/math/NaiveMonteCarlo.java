package com.betterbros.props.math;

import java.util.Random;

/**
 * The benchmark's baseline: textbook Monte Carlo with {@link Random#nextGaussian()} (Marsaglia's
 * polar method behind a lock-free but shared-state generator) and a full n x n matrix multiply
 * Z = L Y per draw, the way a first implementation would write it. Results agree with
 * {@link MonteCarloSlips} in distribution; only the speed differs.
 */
public final class NaiveMonteCarlo {

  private NaiveMonteCarlo() {}

  /** pAll, hit frequencies and the standard error of pAll from {@code draws} draws. */
  public static SlipDistribution simulate(double[] p, double[][] r, int draws, long seed) {
    int n = p.length;
    double[][] l = CorrelationMatrix.cholesky(r);
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = Normal.inverseCdf(p[i]);
    }
    Random random = new Random(seed);
    long[] counts = new long[n + 1];
    double[] y = new double[n];
    double[] z = new double[n];
    for (int draw = 0; draw < draws; draw++) {
      for (int j = 0; j < n; j++) {
        y[j] = random.nextGaussian();
      }
      for (int i = 0; i < n; i++) {
        z[i] = 0;
        for (int j = 0; j < n; j++) {
          z[i] += l[i][j] * y[j];
        }
      }
      int wins = 0;
      for (int i = 0; i < n; i++) {
        if (z[i] <= b[i]) {
          wins++;
        }
      }
      counts[wins]++;
    }
    double[] hits = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      hits[k] = (double) counts[k] / draws;
    }
    return new SlipDistribution(hits[n], hits, Math.sqrt(hits[n] * (1 - hits[n]) / draws));
  }
}
