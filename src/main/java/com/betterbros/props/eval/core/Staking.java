package com.betterbros.props.eval.core;

/**
 * How much each bet stakes. Flat: {@code unit} per bet, whatever the bankroll (a flat book measures
 * the strategy's return per unit; its bankroll may go below zero). Kelly (Kelly 1956):
 * {@code kellyFraction} of the bet's full Kelly fraction of the bankroll, capped at
 * {@code maxBetFraction} of it, the day's stakes together at most {@code maxDayFraction} of it
 * (scaled down proportionally when over); every bet of a day is sized from the bankroll at the
 * day's start.
 */
public record Staking(boolean kelly, double unit, double kellyFraction, double maxBetFraction,
    double maxDayFraction) {

  public Staking {
    if (!(unit > 0) || !Double.isFinite(unit)) {
      throw new IllegalArgumentException("unit must be a positive number, got " + unit);
    }
    if (!(kellyFraction > 0 && kellyFraction <= 1)) {
      throw new IllegalArgumentException("kelly_fraction must be in (0, 1], got " + kellyFraction);
    }
    if (!(maxBetFraction > 0 && maxBetFraction <= 1)) {
      throw new IllegalArgumentException("max_bet_fraction must be in (0, 1], got " + maxBetFraction);
    }
    if (!(maxDayFraction > 0 && maxDayFraction <= 1)) {
      throw new IllegalArgumentException("max_day_fraction must be in (0, 1], got " + maxDayFraction);
    }
  }

  /** Flat stakes of {@code unit}. */
  public static Staking flat(double unit) {
    return new Staking(false, unit, 0.25, 0.05, 0.25);
  }

  /**
   * The full Kelly fraction of a bet that returns {@code odds} per unit (stake included) with
   * probability p and nothing otherwise: f* = (p o - 1) / (o - 1), the b p - q over b of Kelly
   * with b = o - 1; 0 when the bet has no edge.
   */
  public static double singleKelly(double p, double odds) {
    if (!(odds > 1)) {
      return 0;
    }
    return Math.max(0, (p * odds - 1) / (odds - 1));
  }

  /** The stakes of a day's bets, given each bet's full Kelly fraction, from the day's starting bankroll. */
  public double[] stakes(double[] fullKelly, double bankroll) {
    double[] stakes = new double[fullKelly.length];
    if (!kelly) {
      java.util.Arrays.fill(stakes, unit);
      return stakes;
    }
    if (!(bankroll > 0)) {
      return stakes;
    }
    double total = 0;
    for (int i = 0; i < stakes.length; i++) {
      stakes[i] = Math.min(kellyFraction * fullKelly[i], maxBetFraction) * bankroll;
      total += stakes[i];
    }
    double cap = maxDayFraction * bankroll;
    if (total > cap) {
      double scale = cap / total;
      for (int i = 0; i < stakes.length; i++) {
        stakes[i] *= scale;
      }
    }
    return stakes;
  }
}
