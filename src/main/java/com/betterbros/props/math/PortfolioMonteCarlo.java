package com.betterbros.props.math;

import java.util.SplittableRandom;

/**
 * One correlated simulation of a portfolio of slips that share a pool of legs: the same Gaussian
 * copula as {@link MonteCarloSlips} (Z = L Y, L the Cholesky factor of the legs' joint correlation
 * R, Y i.i.d. N(0, 1) from the {@link Ziggurat} on a {@link SplittableRandom}; leg i wins iff Z_i
 * <= Phi^-1(p_i)), drawn once for all legs, so slips that share or correlate legs win and lose
 * together in each draw. Each draw scores every slip: its hits h give its payout multiplier m[h]
 * per unit staked (0 when it pays nothing). Per draw: any = [some slip has m[h] > 0], profit =
 * sum over slips of (m[h] - 1) with one unit staked on each slip. Reports the sample means and
 * their standard errors: sqrt(p (1 - p) / N) for the probabilities and s / sqrt(N) (s the sample
 * standard deviation) for the profit. Pure Java, single thread, no Vert.x.
 */
public final class PortfolioMonteCarlo {

  /** Most legs one portfolio simulation takes (20 slips of 6 legs). */
  public static final int MAX_LEGS = 120;

  /**
   * The portfolio's figures.
   *
   * @param pAnyPays P(at least one slip pays out something)
   * @param pAnyPaysStdError its standard error
   * @param expectedProfit E[total profit] per unit staked on each slip (so a total stake of the slip count)
   * @param expectedProfitStdError its standard error
   * @param pProfit P(total profit > 0)
   * @param pProfitStdError its standard error
   * @param draws the sample count
   * @param seed the seed of the normals
   */
  public record Result(double pAnyPays, double pAnyPaysStdError, double expectedProfit,
      double expectedProfitStdError, double pProfit, double pProfitStdError, int draws, long seed) {}

  private PortfolioMonteCarlo() {}

  /**
   * Simulates {@code draws} joint outcomes of legs with win probabilities {@code p} in (0, 1) and
   * correlation {@code r} (validated as in {@link CorrelationMatrix#validate}); {@code slips[s]}
   * lists slip s's leg indices and {@code payouts[s][h]} its payout multiplier with h hits
   * (length = legs + 1).
   */
  public static Result simulate(double[] p, double[][] r, int[][] slips, double[][] payouts, int draws, long seed) {
    if (p == null || p.length < 1 || p.length > MAX_LEGS) {
      throw new IllegalArgumentException("a portfolio has 1 to " + MAX_LEGS + " legs");
    }
    if (draws < 2) {
      throw new IllegalArgumentException("draws must be at least 2, got " + draws);
    }
    if (slips.length != payouts.length) {
      throw new IllegalArgumentException("one payout table per slip");
    }
    int n = p.length;
    for (int s = 0; s < slips.length; s++) {
      if (payouts[s].length != slips[s].length + 1) {
        throw new IllegalArgumentException("slip " + s + " needs " + (slips[s].length + 1) + " payouts (0.." + slips[s].length + " hits)");
      }
      for (int leg : slips[s]) {
        if (leg < 0 || leg >= n) {
          throw new IllegalArgumentException("slip " + s + " names leg " + leg + " of " + n);
        }
      }
    }
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(p[i] > 0 && p[i] < 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in (0, 1), got " + p[i]);
      }
      b[i] = Normal.inverseCdf(p[i]);
    }
    CorrelationMatrix.checkStructure(r, n, CorrelationMatrix.DEFAULT_TOLERANCE);
    double[][] l = CorrelationMatrix.factor(r, CorrelationMatrix.DEFAULT_TOLERANCE);
    SplittableRandom random = new SplittableRandom(seed);
    double[] y = new double[n];
    boolean[] win = new boolean[n];
    long any = 0;
    long profitable = 0;
    double sum = 0;
    double sumSquares = 0;
    for (int d = 0; d < draws; d++) {
      // Z = L Y, leg i wins iff Z_i <= b_i
      for (int j = 0; j < n; j++) {
        y[j] = Ziggurat.next(random);
      }
      for (int i = 0; i < n; i++) {
        double z = 0;
        double[] row = l[i];
        for (int j = 0; j <= i; j++) {
          z += row[j] * y[j];
        }
        win[i] = z <= b[i];
      }
      boolean pays = false;
      double profit = 0;
      for (int s = 0; s < slips.length; s++) {
        int hits = 0;
        for (int leg : slips[s]) {
          hits += win[leg] ? 1 : 0;
        }
        double m = payouts[s][hits];
        pays |= m > 0;
        profit += m - 1;
      }
      any += pays ? 1 : 0;
      profitable += profit > 0 ? 1 : 0;
      sum += profit;
      sumSquares += profit * profit;
    }
    double pAny = (double) any / draws;
    double pProfit = (double) profitable / draws;
    double mean = sum / draws;
    // unbiased sample variance: (sum x^2 - N mean^2) / (N - 1)
    double variance = Math.max(0, (sumSquares - draws * mean * mean) / (draws - 1));
    return new Result(pAny, Math.sqrt(pAny * (1 - pAny) / draws), mean, Math.sqrt(variance / draws), pProfit,
        Math.sqrt(pProfit * (1 - pProfit) / draws), draws, seed);
  }
}
