package com.betterbros.props.eval.core;

import java.util.List;

/**
 * A bet a strategy wants to place, before staking: its legs as played, the probability it wins in
 * full, its EV per unit and full Kelly fraction. {@code mode} is the slip's table mode (null for a
 * single leg).
 */
public record Proposal(String kind, String platform, String mode, List<BetLeg> legs, double p, double ev,
    double kelly) {

  public static final String SINGLE = "single";
  public static final String SLIP = "slip";

  public Proposal {
    legs = List.copyOf(legs);
  }

  /** A single leg paying 1 / breakeven per unit on a win. */
  static Proposal single(String platform, BetLeg leg) {
    double odds = 1 / leg.breakeven();
    return new Proposal(SINGLE, platform, null, List.of(leg), leg.p(), leg.p() * odds - 1,
        Staking.singleKelly(leg.p(), odds));
  }
}
