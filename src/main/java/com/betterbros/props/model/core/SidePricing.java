package com.betterbros.props.model.core;

import com.betterbros.props.math.Breakeven;
import com.betterbros.props.props.core.LineTerms;

/**
 * A leg priced for play: the served P(over), each side's breakeven and the side to play. A
 * standard line's probability is kept inside [{@value #P_MIN}, 1 - {@value #P_MIN}] (the
 * calibration window has too few rows beyond it). Breakeven b = M^(-1/n) for the slip's Power
 * multiplier M of n legs; a side whose line pays a multiplier m (Underdog's boosted one-sided
 * lines) needs b / m, since the slip pays M times the product of its legs' multipliers (with the
 * other legs at b: p b^(n-1) M m = 1). A side not on offer has no breakeven, and neither has a side
 * whose multiplier the feed does not publish (PrizePicks goblins and demons). {@code side} is the
 * offered side of the larger edge (of the larger probability when neither has a breakeven).
 *
 * @param pOver the served P(over)
 * @param breakevenOver the over's breakeven, or null
 * @param breakevenUnder the under's breakeven, or null
 * @param side "over" or "under"
 */
public record SidePricing(double pOver, Double breakevenOver, Double breakevenUnder, String side) {

  /** The smallest probability served for a standard line (and 1 - P_MIN the largest). */
  public static final double P_MIN = 0.01;

  /**
   * Prices a leg of {@code terms} whose model says {@code rawPOver}, for a Power slip of
   * {@code legs} legs paying {@code multiplier} (null: no such slip, so no breakeven).
   */
  public static SidePricing of(LineTerms terms, double rawPOver, Double multiplier, int legs) {
    double pOver = terms.isStandard() ? Math.min(1 - P_MIN, Math.max(P_MIN, rawPOver)) : rawPOver;
    Double base = multiplier == null ? null : Breakeven.power(multiplier, legs);
    Double over = breakeven(base, terms.multiplier("over"));
    Double under = breakeven(base, terms.multiplier("under"));
    return new SidePricing(pOver, over, under, side(terms, pOver, over, under));
  }

  /** The probability of a side. */
  public double p(String which) {
    return "over".equals(which) ? pOver : 1 - pOver;
  }

  /** The breakeven of a side, or null. */
  public Double breakeven(String which) {
    return "over".equals(which) ? breakevenOver : breakevenUnder;
  }

  /** The played side's probability. */
  public double pSide() {
    return p(side);
  }

  /** The played side's breakeven, or null. */
  public Double breakeven() {
    return breakeven(side);
  }

  /** p(side) - breakeven(side), or null without a breakeven. */
  public Double edge() {
    Double b = breakeven();
    return b == null ? null : pSide() - b;
  }

  private static Double breakeven(Double base, Double sideMultiplier) {
    return base == null || sideMultiplier == null ? null : base / sideMultiplier;
  }

  private static String side(LineTerms terms, double pOver, Double beOver, Double beUnder) {
    if (!terms.offers("under")) {
      return "over";
    }
    if (!terms.offers("over")) {
      return "under";
    }
    if (beOver != null && beUnder != null) {
      return pOver - beOver >= (1 - pOver) - beUnder ? "over" : "under";
    }
    return pOver >= 0.5 ? "over" : "under";
  }
}
