package com.betterbros.props.model;

import java.util.Set;

/** What the models predict: NBA props of these stat types (the synthetic season's boards). */
public final class SupportedStats {

  public static final Set<String> SPORTS = Set.of("NBA");
  public static final Set<String> STAT_TYPES = Set.of("points", "rebounds", "assists", "threes", "pts_rebs_asts");

  private SupportedStats() {}

  public static boolean contains(String sport, String statType) {
    return SPORTS.contains(sport) && STAT_TYPES.contains(statType);
  }
}
