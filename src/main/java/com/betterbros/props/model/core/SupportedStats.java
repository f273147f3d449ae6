package com.betterbros.props.model.core;

import java.util.Set;

/**
 * What the models can predict: NBA props of the count stats a box score grades (a combo is the sum
 * of its parts). A model only serves the stat types it was trained on; others are a per-item 422
 * naming them. Fantasy score and minutes are not counts and are not modelled.
 */
public final class SupportedStats {

  public static final Set<String> SPORTS = Set.of("NBA");
  public static final Set<String> STAT_TYPES = Set.of("points", "rebounds", "assists", "threes", "pts_rebs_asts",
      "pts_rebs", "pts_asts", "rebs_asts", "steals", "blocks", "turnovers", "blks_stls", "threes_attempted",
      "fg_attempted", "free_throws_made", "offensive_rebounds", "defensive_rebounds");

  /** The stat types the synthetic season posts props for (its default training set). */
  public static final Set<String> SYNTHETIC_STAT_TYPES = Set.of("points", "rebounds", "assists", "threes",
      "pts_rebs_asts");

  private SupportedStats() {}

  public static boolean contains(String sport, String statType) {
    return SPORTS.contains(sport) && STAT_TYPES.contains(statType);
  }
}
