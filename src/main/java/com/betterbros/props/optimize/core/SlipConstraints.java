package com.betterbros.props.optimize.core;

/**
 * What a returned slip (and the set of returned slips) must respect.
 *
 * @param minTeams a slip has legs of at least this many teams (1: no constraint)
 * @param distinctPlayers no two legs of a slip are on the same player
 * @param maxPerGame at most this many legs of one game in a slip
 * @param maxPerTeam at most this many legs of one team in a slip
 * @param minLegEdge every leg's p minus the table's per-leg breakeven is at least this
 *     (negative infinity: no constraint)
 * @param maxExposure with top_k slips, a leg appears in at most floor(maxExposure * top_k) of them
 *     (1: no constraint)
 */
public record SlipConstraints(int minTeams, boolean distinctPlayers, int maxPerGame, int maxPerTeam,
    double minLegEdge, double maxExposure) {

  /** Field names, as the API spells them; the order in which infeasibility is diagnosed. */
  public static final String MIN_LEG_EDGE = "min_leg_edge";
  public static final String DISTINCT_PLAYERS = "distinct_players";
  public static final String MAX_PER_GAME = "max_per_game";
  public static final String MAX_PER_TEAM = "max_per_team";
  public static final String MIN_TEAMS = "min_teams";
  public static final String MAX_EXPOSURE = "max_exposure";

  /** Checks the ranges: counts at least 1, min_leg_edge not NaN, max_exposure in (0, 1]. */
  public SlipConstraints {
    if (minTeams < 1 || maxPerGame < 1 || maxPerTeam < 1) {
      throw new IllegalArgumentException("min_teams, max_per_game and max_per_team must be at least 1");
    }
    if (Double.isNaN(minLegEdge)) {
      throw new IllegalArgumentException("min_leg_edge must be a number");
    }
    if (!(maxExposure > 0 && maxExposure <= 1)) {
      throw new IllegalArgumentException("max_exposure must be in (0, 1], got " + maxExposure);
    }
  }

  /** The defaults: distinct players, nothing else. */
  public static SlipConstraints defaults() {
    return new SlipConstraints(1, true, Integer.MAX_VALUE, Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, 1);
  }

  /** No constraint at all (not even distinct players). */
  public static SlipConstraints none() {
    return new SlipConstraints(1, false, Integer.MAX_VALUE, Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, 1);
  }

  /** A copy with min_teams = v. */
  public SlipConstraints withMinTeams(int v) {
    return new SlipConstraints(v, distinctPlayers, maxPerGame, maxPerTeam, minLegEdge, maxExposure);
  }

  /** A copy with distinct_players = v. */
  public SlipConstraints withDistinctPlayers(boolean v) {
    return new SlipConstraints(minTeams, v, maxPerGame, maxPerTeam, minLegEdge, maxExposure);
  }

  /** A copy with max_per_game = v. */
  public SlipConstraints withMaxPerGame(int v) {
    return new SlipConstraints(minTeams, distinctPlayers, v, maxPerTeam, minLegEdge, maxExposure);
  }

  /** A copy with max_per_team = v. */
  public SlipConstraints withMaxPerTeam(int v) {
    return new SlipConstraints(minTeams, distinctPlayers, maxPerGame, v, minLegEdge, maxExposure);
  }

  /** A copy with min_leg_edge = v. */
  public SlipConstraints withMinLegEdge(double v) {
    return new SlipConstraints(minTeams, distinctPlayers, maxPerGame, maxPerTeam, v, maxExposure);
  }

  /** A copy with max_exposure = v. */
  public SlipConstraints withMaxExposure(double v) {
    return new SlipConstraints(minTeams, distinctPlayers, maxPerGame, maxPerTeam, minLegEdge, v);
  }

  /** How many of {@code topK} slips one leg may appear in: floor(max_exposure * top_k). */
  public int exposureCap(int topK) {
    return (int) Math.floor(maxExposure * topK + 1e-9);
  }
}
