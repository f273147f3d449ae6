package com.betterbros.props.features;

import com.betterbros.props.history.Game;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link FeatureBuilder} needs for one (player, game, stat): the game's date and the facts
 * known before tip-off (team, opponent, home, the team's scheduled rest days), and the line, which
 * may be null (the line-relative features are then 0).
 */
public record FeatureRequest(
    String playerId,
    String gameId,
    String statType,
    Double line,
    LocalDate date,
    String teamId,
    String opponentId,
    boolean home,
    int restDays) {

  public FeatureRequest {
    Objects.requireNonNull(playerId, "playerId");
    Objects.requireNonNull(statType, "statType");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(opponentId, "opponentId");
    if (line != null && !Double.isFinite(line)) {
      throw new IllegalArgumentException("line must be finite, was " + line);
    }
  }

  /**
   * The request for a player of {@code teamId} in {@code game}, from the game's schedule fields
   * only (date, teams, rest days), never its score.
   *
   * @throws IllegalArgumentException if {@code teamId} does not play in the game
   */
  public static FeatureRequest forGame(String playerId, String teamId, Game game, String statType, Double line) {
    boolean home = game.homeTeam().equals(teamId);
    if (!home && !game.awayTeam().equals(teamId)) {
      throw new IllegalArgumentException("team " + teamId + " does not play in game " + game.id()
          + " (" + game.awayTeam() + " at " + game.homeTeam() + ")");
    }
    return new FeatureRequest(playerId, game.id(), statType, line, game.date(), teamId,
        game.opponentOf(teamId), home, home ? game.homeRestDays() : game.awayRestDays());
  }

  /** The same request with another line (null: none). */
  public FeatureRequest withLine(Double newLine) {
    return new FeatureRequest(playerId, gameId, statType, newLine, date, teamId, opponentId, home, restDays);
  }
}
