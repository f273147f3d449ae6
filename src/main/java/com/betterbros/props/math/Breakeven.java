package com.betterbros.props.math;

/**
 * Break-even probabilities for pick'em slips. A "power" slip of n legs pays M times the stake only
 * if every leg wins; with independent legs each won with probability p, its expected return is
 * M p^n, which breaks even at p = M^(-1/n). A side priced at decimal odds o breaks even at
 * p = 1 / o, so the fair decimal odds of a probability p are 1 / p.
 */
public final class Breakeven {

  private Breakeven() {}

  /**
   * Per-leg break-even probability M^(-1/n) of an all-must-win slip paying {@code multiplier}
   * (at least 1) for {@code legs} (at least 1) legs; e.g. 3x for 2 legs gives 1/sqrt(3) = 0.57735.
   */
  public static double power(double multiplier, int legs) {
    if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be finite and >= 1, got " + multiplier);
    }
    if (legs < 1) {
      throw new IllegalArgumentException("legs must be at least 1, got " + legs);
    }
    // M p^n = 1  =>  p = M^(-1/n)
    return Math.pow(multiplier, -1.0 / legs);
  }

  /** Fair decimal odds 1 / p of a probability p in (0, 1]. */
  public static double fairOdds(double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in (0, 1], got " + p);
    }
    return 1 / p;
  }
}
