package com.betterbros.props.eval.core;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A percentile bootstrap interval of a book's ROI (Efron and Tibshirani, "An Introduction to the
 * Bootstrap", 1993, ch. 13), resampling whole days with replacement: the bets of one day share
 * games and players, so days, not bets, are the independent units. Each resample's ROI is its
 * profit over its stakes; the interval is the 2.5th and 97.5th percentiles of
 * {@value #RESAMPLES} resamples drawn from a {@link SplittableRandom} seeded by the caller.
 */
public final class RoiBootstrap {

  public static final int RESAMPLES = 2_000;

  private RoiBootstrap() {}

  /** [low, high] of the 95% interval, or null with fewer than 2 days or no stake. */
  public static double[] interval(double[] dayProfit, double[] dayStake, long seed) {
    int n = dayProfit.length;
    if (n < 2) {
      return null;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] roi = new double[RESAMPLES];
    int kept = 0;
    for (int b = 0; b < RESAMPLES; b++) {
      double profit = 0;
      double stake = 0;
      for (int i = 0; i < n; i++) {
        int d = random.nextInt(n);
        profit += dayProfit[d];
        stake += dayStake[d];
      }
      if (stake > 0) {
        roi[kept++] = profit / stake;
      }
    }
    if (kept == 0) {
      return null;
    }
    double[] sorted = Arrays.copyOf(roi, kept);
    Arrays.sort(sorted);
    return new double[] {percentile(sorted, 0.025), percentile(sorted, 0.975)};
  }

  // linear interpolation between closest ranks
  static double percentile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
  }
}
