package com.betterbros.props.props.core;

import java.time.Instant;

/**
 * Filters for listing props; a null filter matches everything. {@code player} matches the player id
 * exactly or the player name case-insensitively as a substring. {@code from}/{@code to} bound
 * {@code startTime} (inclusive from, exclusive to). {@code status} is the lifecycle status at
 * {@code now} ({@link Lifecycle}), which it then requires, as does the sort {@code upcoming}.
 * Results come in {@code sort} order ({@link PropSort}); null means start time, then id.
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
    String oddsType,
    Instant now,
    PropSort sort) {

  public PropQuery {
    if (now == null && (status != null || sort == PropSort.UPCOMING)) {
      throw new IllegalArgumentException("a lifecycle status filter and the upcoming order need now");
    }
  }

  /** A query in (start time, id) order at no particular instant. */
  public PropQuery(String platform, String sport, String statType, String player, String team, String gameId,
      Instant from, Instant to, String status, int limit, int offset, String oddsType) {
    this(platform, sport, statType, player, team, gameId, from, to, status, limit, offset, oddsType, null, null);
  }

  /** A query without an odds-type filter. */
  public PropQuery(String platform, String sport, String statType, String player, String team, String gameId,
      Instant from, Instant to, String status, int limit, int offset) {
    this(platform, sport, statType, player, team, gameId, from, to, status, limit, offset, null);
  }

  public static PropQuery all(int limit, int offset) {
    return new PropQuery(null, null, null, null, null, null, null, null, null, limit, offset);
  }
}
