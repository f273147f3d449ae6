package com.betterbros.props.sim;

import com.betterbros.props.history.core.Player;

/**
 * A player's hidden skills. Rates are per field-goal attempt or per minute on court; the weights
 * (assist, rebound, steal, block, turnover) are relative: a teammate's share of an event is his
 * weight times his minutes over the sum of the same over the players on his team.
 *
 * @param slot depth-chart slot 0..14 (0 = the team's first option, 0..4 starters)
 * @param baseMinutes expected minutes with a healthy roster and normal rest
 * @param usage relative field-goal attempts per minute
 * @param threeRate fraction of his attempts that are threes
 * @param twoPct two-point make probability before game factors
 * @param threePct three-point make probability before game factors
 * @param ftRate free-throw attempts per field-goal attempt
 * @param ftPct free-throw make probability
 * @param assisted probability that one of his made baskets is assisted
 */
record PlayerProfile(
    Player player,
    int slot,
    double baseMinutes,
    double usage,
    double threeRate,
    double twoPct,
    double threePct,
    double ftRate,
    double ftPct,
    double assisted,
    double assistWeight,
    double orebWeight,
    double drebWeight,
    double stealWeight,
    double blockWeight,
    double tovWeight) {

  boolean starter() {
    return slot < 5;
  }

  String id() {
    return player.id();
  }
}
