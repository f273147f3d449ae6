package com.betterbros.props.espn;

import java.util.Objects;

/**
 * One player's line in an ESPN box score. Every number is null when ESPN did not give it (a column
 * it left out, a {@code "--"} cell, or a player who did not play); never 0 for unknown.
 *
 * @param athleteId ESPN's athlete id
 * @param name the player's display name
 * @param teamAbbr ESPN's abbreviation of the player's team
 * @param starter true when ESPN lists the player as a starter
 * @param didNotPlay true for a DNP; all stats are then null
 * @param reason ESPN's reason for a DNP, e.g. {@code "COACH'S DECISION"}; null for players who
 *     played
 * @param minutes minutes played, decimal ({@code "34:12"} is 34.2)
 * @param points points
 * @param rebounds total rebounds
 * @param assists assists
 * @param steals steals
 * @param blocks blocked shots
 * @param turnovers turnovers
 * @param fgm field goals made
 * @param fga field goals attempted
 * @param fg3m three-pointers made
 * @param fg3a three-pointers attempted
 * @param ftm free throws made
 * @param fta free throws attempted
 * @param oreb offensive rebounds
 * @param dreb defensive rebounds
 * @param fouls personal fouls
 */
public record EspnPlayerLine(
    String athleteId,
    String name,
    String teamAbbr,
    boolean starter,
    boolean didNotPlay,
    String reason,
    Double minutes,
    Integer points,
    Integer rebounds,
    Integer assists,
    Integer steals,
    Integer blocks,
    Integer turnovers,
    Integer fgm,
    Integer fga,
    Integer fg3m,
    Integer fg3a,
    Integer ftm,
    Integer fta,
    Integer oreb,
    Integer dreb,
    Integer fouls) {

  /** Checks the identity fields; stats may be null. */
  public EspnPlayerLine {
    Objects.requireNonNull(athleteId, "athleteId");
  }
}
