package com.betterbros.props.props.core;

import java.time.Instant;

/**
 * Filters for listing props; a null filter matches everything. {@code player} matches the player id
 * exactly or the player name case-insensitively as a substring. {@code from}/{@code to} bound
 * {@code startTime} (inclusive from, exclusive to). Results are ordered by start time, then id.
 */
public record PropQuery(
    String platform,
    String sport,
    String statType,
    String player,
    String team,
    String gameId,
    Instant from,
    Instant to,
    String status,
    int limit,
    int offset,
    String oddsType) {

  /** A query without an odds-type filter. */
  public PropQuery(String platform, String sport, String statType, String player, String team, String gameId,
      Instant from, Instant to, String status, int limit, int offset) {
    this(platform, sport, statType, player, team, gameId, from, to, status, limit, offset, null);
  }

  public static PropQuery all(int limit, int offset) {
    return new PropQuery(null, null, null, null, null, null, null, null, null, limit, offset);
  }
}
