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
   * counts[k] = number of draws with exactly k wins. Work goes a block of draws at a time, column
   * by column: the block's normals are generated in draw order (draw d's normals Y_0..Y_{n-1}
   * are the (d n)th to (d n + n - 1)th of the stream) but stored per leg, so Z_i = sum_{j <= i}
   * L_ij Y_j is a sequence of long multiply-add loops over the block (summed in the same order as
   * a draw-by-draw loop, so the results are bit-identical) that the JIT can vectorise. Leg i's
   * bit is the sign bit of Z_i - b_i (set when Z_i < b_i; Z_i = b_i has probability 0): no
   * data-dependent branches.
   */
  private static long[] draw(double[] packed, double[] b, int draws, SplittableRandom random) {
    int n = b.length;
    long[] counts = new long[n + 1];
    double[][] y = new double[n][BLOCK];
    double[] z = new double[BLOCK];
    long[] masks = new long[BLOCK];
    for (int first = 0; first < draws; first += BLOCK) {
      int size = Math.min(BLOCK, draws - first);
      for (int d = 0; d < size; d++) {
        for (int j = 0; j < n; j++) {
          y[j][d] = Ziggurat.next(random);
        }
      }
      java.util.Arrays.fill(masks, 0, size, 0L);
      int index = 0;
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(z, 0, size, 0.0);
        for (int j = 0; j <= i; j++) {
          double lij = packed[index++];
          double[] yj = y[j];
          for (int d = 0; d < size; d++) {
            z[d] += lij * yj[d];
          }
        }
        double bi = b[i];
        for (int d = 0; d < size; d++) {
          masks[d] |= (Double.doubleToRawLongBits(z[d] - bi) >>> 63) << i;
        }
      }
      for (int d = 0; d < size; d++) {
        counts[Long.bitCount(masks[d])]++;
      }
    }
    return counts;
  }
}
