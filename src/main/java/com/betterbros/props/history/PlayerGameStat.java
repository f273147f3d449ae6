package com.betterbros.props.history;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** One player's box score in one game. {@code restDays} is the player's team's rest before it. */
public record PlayerGameStat(
    String playerId,
    String gameId,
    String teamId,
    String opponentId,
    LocalDate date,
    boolean home,
    int restDays,
    double minutes,
    int points,
    int rebounds,
    int assists,
    int threes,
    int steals,
    int blocks,
    int turnovers) {

  /** The value of a normalised stat type, or NaN when this box score cannot answer it. */
  public double value(String statType) {
    return switch (statType) {
      case "points" -> points;
      case "rebounds" -> rebounds;
      case "assists" -> assists;
      case "threes" -> threes;
      case "steals" -> steals;
      case "blocks" -> blocks;
      case "turnovers" -> turnovers;
      case "pts_rebs_asts" -> points + rebounds + assists;
      case "pts_rebs" -> points + rebounds;
      case "pts_asts" -> points + assists;
      case "rebs_asts" -> rebounds + assists;
      case "blks_stls" -> blocks + steals;
      case "minutes" -> minutes;
      default -> Double.NaN;
    };
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("player_id", playerId)
        .put("game_id", gameId)
        .put("team", teamId)
        .put("opponent", opponentId)
        .put("date", date.toString())
        .put("home", home)
        .put("rest_days", restDays)
        .put("minutes", minutes)
        .put("points", points)
        .put("rebounds", rebounds)
        .put("assists", assists)
        .put("threes", threes)
        .put("steals", steals)
        .put("blocks", blocks)
        .put("turnovers", turnovers);
  }
}
