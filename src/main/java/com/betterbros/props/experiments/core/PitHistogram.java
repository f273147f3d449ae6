package com.betterbros.props.experiments.core;

import com.betterbros.props.math.CalibratedCounts;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The probability integral transform of count outcomes under their predictive distributions,
 * randomised for discrete data (Czado, Gneiting and Held, Biometrics 2009): u = F(y - 1) + v (F(y) -
 * F(y - 1)), v ~ U(0, 1) from a seeded generator. A calibrated forecaster gives uniform u; the
 * ten-bin histogram and its chi-square statistic against uniform (9 degrees of freedom; 21.67 is
 * the 1% critical value) say how far from that the forecasts are.
 */
public record PitHistogram(int[] counts, double chiSquare) {

  static final int BINS = 10;
  public static final double CRITICAL_1_PERCENT = 21.666;

  public static PitHistogram of(List<CalibratedCounts> forecasts, double[] outcomes, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] counts = new int[BINS];
    for (int i = 0; i < outcomes.length; i++) {
      int y = (int) Math.round(outcomes[i]);
      CalibratedCounts d = forecasts.get(i);
      double below = d.cdf(y - 1);
      double u = below + rng.nextDouble() * (d.cdf(y) - below);
      counts[Math.min(BINS - 1, (int) Math.floor(u * BINS))]++;
    }
    double expected = (double) outcomes.length / BINS;
    double chi = 0;
    for (int c : counts) {
      chi += (c - expected) * (c - expected) / expected;
    }
    return new PitHistogram(counts, chi);
  }

  /** Whether uniformity is not rejected at the 1% level. */
  public boolean uniform() {
    return chiSquare < CRITICAL_1_PERCENT;
  }
}
