package com.betterbros.props.eval.core;

import com.betterbros.props.model.core.SidePricing;
import com.betterbros.props.props.core.Prop;

/** A prop of a backtest day priced by that day's model: the row and its served pricing. */
public record BoardLeg(BacktestData.BoardRow row, SidePricing pricing) {

  public Prop prop() {
    return row.prop();
  }

  /** The side's payout multiplier, or null when not offered or not published. */
  public Double multiplier(String side) {
    return row.prop().terms().multiplier(side);
  }

  /** How the side settled. */
  public LegOutcome outcome(String side) {
    return LegOutcome.of(side, row.prop().line(), row.stat());
  }

  /** The leg played on {@code side} at per-leg breakeven {@code breakeven}. */
  public BetLeg play(String side, double breakeven) {
    Prop p = row.prop();
    Double m = multiplier(side);
    return new BetLeg(p.id(), p.playerId(), p.statType(), p.line(), side, pricing.p(side), m == null ? 1 : m,
        breakeven, outcome(side), row.stat());
  }
}
