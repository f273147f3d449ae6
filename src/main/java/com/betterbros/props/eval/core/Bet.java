package com.betterbros.props.eval.core;

import java.time.LocalDate;
import java.util.List;

/**
 * One settled bet of a backtest.
 *
 * @param date the game date
 * @param seq the bet's place in the book (0, 1, ... in date order)
 * @param kind "single" (one leg, paid 1 / breakeven on a win) or "slip"
 * @param platform the board
 * @param mode the payout table's mode (slips), null for singles
 * @param legs the legs as played
 * @param p the probability the model gave the bet winning in full (a slip: every leg, under correlation)
 * @param ev expected profit per unit staked
 * @param kelly the bet's full Kelly fraction
 * @param stake what it staked
 * @param payout what it returned, the stake included (0 when lost)
 * @param settledSize the legs left after pushes and voids (0: the entry was refunded)
 */
public record Bet(LocalDate date, int seq, String kind, String platform, String mode, List<BetLeg> legs, double p,
    double ev, double kelly, double stake, double payout, int settledSize) {

  public Bet {
    legs = List.copyOf(legs);
  }

  /** Returned more than staked. */
  public boolean won() {
    return payout > stake;
  }

  /** Returned less than staked. */
  public boolean lost() {
    return payout < stake;
  }

  /** Profit: payout - stake. */
  public double profit() {
    return payout - stake;
  }
}
