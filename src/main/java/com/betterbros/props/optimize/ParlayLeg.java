package com.betterbros.props.optimize;

/**
 * One leg of a board the slip optimizer picks from.
 *
 * @param id the caller's id of the leg (returned in the slips)
 * @param p the probability the leg wins, in (0, 1)
 * @param player the player the leg is on (for {@code distinct_players})
 * @param team the player's team (for {@code min_teams} and {@code max_per_team})
 * @param game the game the leg is in (for {@code max_per_game})
 */
public record ParlayLeg(String id, double p, String player, String team, String game) {

  /** Checks that every field is present and p is in (0, 1). */
  public ParlayLeg {
    if (id == null || player == null || team == null || game == null) {
      throw new IllegalArgumentException("a leg needs an id, a player, a team and a game");
    }
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("leg " + id + ": p must be in (0, 1), got " + p);
    }
  }
}
