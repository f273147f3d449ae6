package com.betterbros.props.history.core;

import java.time.Instant;

/**
 * One external id and the canonical id it means. {@code kind} is "player" or "game"; {@code source}
 * the id's namespace ("nba" person or game ids, "espn", "prizepicks", "underdog", or "name" for a
 * manual alias keyed by a normalised name); {@code method} how the link was made ("external_id" for
 * the id that created the player, "name" for a unique name match, "manual", "created"; for an ESPN
 * game, "created" when the sync created it, "team_date" when it was a team's stored game that day).
 */
public record Identity(String kind, String source, String externalId, String canonicalId, String method,
    Instant createdAt) {

  public static final String PLAYER = "player";
  public static final String GAME = "game";
}
