package com.betterbros.props.optimize.core;

/**
 * One leg of a board the slip optimizer picks from.
 *
 * @param id the caller's id of the leg (returned in the slips)
 * @param p the probability the leg wins, in (0, 1)
 * @param player the player the leg is on (for {@code distinct_players})
 * @param team the player's team (for {@code min_teams} and {@code max_per_team})
 * @param game the game the leg is in (for {@code max_per_game})
 * @param multiplier the leg's payout multiplier m: a slip pays its table's M_k times the product
 *     of its legs' m (1 for a standard line; Underdog's boosted and discounted lines publish theirs)
 */
public record ParlayLeg(String id, double p, String player, String team, String game, double multiplier) {

  /** Checks that every field is present, p is in (0, 1) and the multiplier is finite and positive. */
  public ParlayLeg {
    if (id == null || player == null || team == null || game == null) {
      throw new IllegalArgumentException("a leg needs an id, a player, a team and a game");
    }
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("leg " + id + ": p must be in (0, 1), got " + p);
    }
    if (!(multiplier > 0 && Double.isFinite(multiplier))) {
      throw new IllegalArgumentException("leg " + id + ": the payout multiplier must be finite and > 0, got "
          + multiplier);
    }
  }

  /** A standard line: payout multiplier 1. */
  public ParlayLeg(String id, double p, String player, String team, String game) {
    this(id, p, player, team, game, 1.0);
  }
}
