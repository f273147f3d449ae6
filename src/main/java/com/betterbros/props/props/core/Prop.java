package com.betterbros.props.props.core;

import java.time.Instant;

/**
 * A player prop as posted by a platform. {@code id} is "{platform}:{externalId}".
 * {@code trueProbOver} is known only for synthetic props (the generator's P(stat > line)); it is
 * stored for model validation and never exposed by the API nor used as a model input.
 * {@code status} is what the platform posts (open or closed); the lifecycle status (open, closed,
 * settled) derives from it, the start time and {@code outcome} ({@link Lifecycle}). {@code outcome}
 * is null until the settlement pass records how the prop settled.
 */
public record Prop(
    String id,
    String platform,
    String sport,
    String externalId,
    String playerId,
    String playerName,
    String team,
    String opponent,
    String gameId,
    String statType,
    double line,
    Instant startTime,
    String status,
    Double trueProbOver,
    Instant updatedAt,
    String playerExternalId,
    LineTerms terms,
    PropOutcome outcome) {

  public Prop {
    if (terms == null) {
      terms = LineTerms.STANDARD;
    }
  }

  /** A standard-odds prop without the platform's player id (the synthetic season, tests). */
  public Prop(String id, String platform, String sport, String externalId, String playerId, String playerName,
      String team, String opponent, String gameId, String statType, double line, Instant startTime, String status,
      Double trueProbOver, Instant updatedAt) {
    this(id, platform, sport, externalId, playerId, playerName, team, opponent, gameId, statType, line, startTime,
        status, trueProbOver, updatedAt, null, LineTerms.STANDARD, null);
  }

  /** An unsettled prop (as a platform feed or the synthetic season posts it). */
  public Prop(String id, String platform, String sport, String externalId, String playerId, String playerName,
      String team, String opponent, String gameId, String statType, double line, Instant startTime, String status,
      Double trueProbOver, Instant updatedAt, String playerExternalId, LineTerms terms) {
    this(id, platform, sport, externalId, playerId, playerName, team, opponent, gameId, statType, line, startTime,
        status, trueProbOver, updatedAt, playerExternalId, terms, null);
  }

  public static String idOf(String platform, String externalId) {
    return platform + ":" + externalId;
  }

  public Prop withLine(double newLine, Instant at) {
    return new Prop(id, platform, sport, externalId, playerId, playerName, team, opponent, gameId,
        statType, newLine, startTime, status, trueProbOver, at, playerExternalId, terms, outcome);
  }

  /** The same prop attached to canonical ids (identity resolution of an import). */
  public Prop withIds(String canonicalPlayerId, String canonicalGameId) {
    return new Prop(id, platform, sport, externalId, canonicalPlayerId, playerName, team, opponent, canonicalGameId,
        statType, line, startTime, status, trueProbOver, updatedAt, playerExternalId, terms, outcome);
  }

  /** The same prop with this outcome (null: unsettled). */
  public Prop withOutcome(PropOutcome settled) {
    return new Prop(id, platform, sport, externalId, playerId, playerName, team, opponent, gameId,
        statType, line, startTime, status, trueProbOver, updatedAt, playerExternalId, terms, settled);
  }

  /** Whether the two differ in anything but {@code updatedAt}. */
  public boolean differsFrom(Prop other) {
    return !withUpdatedAt(null).equals(other.withUpdatedAt(null));
  }

  private Prop withUpdatedAt(Instant at) {
    return new Prop(id, platform, sport, externalId, playerId, playerName, team, opponent, gameId,
        statType, line, startTime, status, trueProbOver, at, playerExternalId, terms, outcome);
  }
}
