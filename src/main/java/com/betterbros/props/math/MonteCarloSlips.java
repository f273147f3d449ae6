package com.betterbros.props.math;

import java.util.SplittableRandom;

/**
 * Monte Carlo slip probabilities under the Gaussian copula: Z = L Y with one Cholesky factor L of
 * R ({@link CorrelationMatrix#cholesky}) and Y i.i.d. N(0, 1) from the ziggurat ({@link Ziggurat},
 * Marsaglia–Tsang with Doornik's layer fix) on a {@link SplittableRandom}. Each draw sets bit i
 * of a mask when Z_i <= Phi^-1(p_i), and {@link Long#bitCount} of the mask is its number of hits.
 * Common random numbers: the normals depend only on the seed (never on p or R), so two slips
 * simulated with the same seed see the same Y and their difference has far less noise.
 */
public final class MonteCarloSlips {

  /** Most legs a draw's bitset holds. */
  public static final int MAX_LEGS = 64;
  /** Draws whose normals are generated together. */
  private static final int BLOCK = 256;

  private MonteCarloSlips() {}

  /**
   * Simulates {@code draws} (at least 1) joint outcomes of legs with win probabilities p and
   * correlation r (validated as in {@link CorrelationMatrix#validate}), from {@code seed}.
   * Returns pAll, hits[k] as frequencies, and the standard error sqrt(pAll (1 - pAll) / draws) of
   * pAll.
   */
  public static SlipDistribution simulate(double[] p, double[][] r, int draws, long seed) {
    double[] b = SlipProbabilities.limits(p, MAX_LEGS);
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, got " + draws);
    }
    int n = b.length;
    CorrelationMatrix.checkStructure(r, n, CorrelationMatrix.DEFAULT_TOLERANCE);
    double[][] l = CorrelationMatrix.factor(r, CorrelationMatrix.DEFAULT_TOLERANCE);
    // packed lower triangle, row by row: Z_i = sum_{j <= i} L_ij Y_j
    double[] packed = new double[n * (n + 1) / 2];
    int index = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        packed[index++] = l[i][j];
      }
    }
    long[] counts = draw(packed, b, draws, new SplittableRandom(seed));
    double[] hits = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      hits[k] = (double) counts[k] / draws;
    }
    double pAll = hits[n];
    return new SlipDistribution(pAll, hits, Math.sqrt(pAll * (1 - pAll) / draws));
  }

  /**
   * counts[k] = number of draws with exactly k wins. Normals are generated a block of draws at a
   * time (keeping the branchy ziggurat out of the arithmetic loop), and leg i's bit is the sign
   * bit of Z_i - b_i (set when Z_i < b_i; Z_i = b_i has probability 0), so the loop has no
   * data-dependent branches.
   */
  private static long[] draw(double[] packed, double[] b, int draws, SplittableRandom random) {
    int n = b.length;
    long[] counts = new long[n + 1];
    double[] y = new double[BLOCK * n];
    for (int first = 0; first < draws; first += BLOCK) {
      int size = Math.min(BLOCK, draws - first);
      for (int j = 0; j < size * n; j++) {
        y[j] = Ziggurat.next(random);
      }
      for (int draw = 0; draw < size; draw++) {
        int offset = draw * n;
        long mask = 0;
        int index = 0;
        for (int i = 0; i < n; i++) {
          double z = 0;
          for (int j = 0; j <= i; j++) {
            z += packed[index++] * y[offset + j];
          }
          mask |= (Double.doubleToRawLongBits(z - b[i]) >>> 63) << i;
        }
        counts[Long.bitCount(mask)]++;
      }
    }
    return counts;
  }
}
