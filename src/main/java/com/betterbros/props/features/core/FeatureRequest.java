package com.betterbros.props.features.core;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link FeatureBuilder} needs for one (player, game, stat): the game's date and the facts
 * known before tip-off (team, opponent, home, the team's scheduled rest days), and the line, which
 * may be null (the line-relative features are then 0). Team and opponent are null when unknown
 * (a history row from a file without teams), home and rest when the schedule does not say: the
 * features that need them are then missing, never invented.
 */
public record FeatureRequest(
    String playerId,
    String gameId,
    String statType,
    Double line,
    LocalDate date,
    String teamId,
    String opponentId,
    Boolean home,
    Integer restDays) {

  public FeatureRequest {
    Objects.requireNonNull(playerId, "playerId");
    Objects.requireNonNull(statType, "statType");
    Objects.requireNonNull(date, "date");
    if ((teamId == null) != (opponentId == null)) {
      throw new IllegalArgumentException("team and opponent are known together or not at all");
    }
    if (line != null && !Double.isFinite(line)) {
      throw new IllegalArgumentException("line must be finite, was " + line);
    }
  }

  /**
   * The request for a player of {@code teamId} in {@code game}, from the game's schedule fields
   * only (date, teams, rest days, venue when known), never its score.
   *
   * @throws IllegalArgumentException if {@code teamId} does not play in the game
   */
  public static FeatureRequest forGame(String playerId, String teamId, Game game, String statType, Double line) {
    if (teamId == null || !game.involves(teamId)) {
      throw new IllegalArgumentException("team " + teamId + " does not play in game " + game.id()
          + " (" + game.awayTeam() + ", " + game.homeTeam() + ")");
    }
    return new FeatureRequest(playerId, game.id(), statType, line, game.date(), teamId,
        game.opponentOf(teamId), game.isHome(teamId), game.restDaysOf(teamId));
  }

  /** A request for a date with no known game or team (a history row without teams). */
  public static FeatureRequest teamless(String playerId, LocalDate date, String statType, Double line) {
    return new FeatureRequest(playerId, null, statType, line, date, null, null, null, null);
  }

  /**
   * The request for a stored box score: its game's when the game is known and the player's team
   * is in it, else teamless on its date.
   */
  public static FeatureRequest forBoxScore(PlayerGameStat s, Game game, String statType, Double line) {
    return game != null && s.teamId() != null && game.involves(s.teamId())
        ? forGame(s.playerId(), s.teamId(), game, statType, line)
        : teamless(s.playerId(), s.date(), statType, line);
  }

  /** The same request with another line (null: none). */
  public FeatureRequest withLine(Double newLine) {
    return new FeatureRequest(playerId, gameId, statType, newLine, date, teamId, opponentId, home, restDays);
  }
}
