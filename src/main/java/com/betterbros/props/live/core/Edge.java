package com.betterbros.props.live.core;

import java.util.Objects;

/**
 * One priced open prop as the live feed sees it: the production model's better side, its win
 * probability {@code p}, the platform's breakeven for that side and {@code edge = p - breakeven}.
 *
 * @param propId the prop's id (the feed's key)
 * @param startTime ISO-8601 UTC start of the game, as the props domain stores it
 * @param side "over" or "under"
 */
public record Edge(String propId, String platform, String playerId, String playerName, String team, String gameId,
    String statType, double line, String side, double p, double breakeven, double edge, String startTime,
    String modelVersion) {

  public Edge {
    Objects.requireNonNull(propId, "propId");
    Objects.requireNonNull(side, "side");
  }
}
