package com.betterbros.props.history;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One game. Scores and pace are null until it is played ({@code status} "scheduled" or "final").
 * Rest days count full days off since the team's previous game (0 = back-to-back).
 */
public record Game(
    String id,
    String sport,
    LocalDate date,
    Instant startTime,
    String homeTeam,
    String awayTeam,
    int homeRestDays,
    int awayRestDays,
    Integer homeScore,
    Integer awayScore,
    Double pace,
    String status) {

  public boolean isFinal() {
    return "final".equals(status);
  }

  public String opponentOf(String teamId) {
    return homeTeam.equals(teamId) ? awayTeam : homeTeam;
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("sport", sport)
        .put("date", date.toString())
        .put("start_time", startTime.toString())
        .put("home_team", homeTeam)
        .put("away_team", awayTeam)
        .put("home_rest_days", homeRestDays)
        .put("away_rest_days", awayRestDays)
        .put("home_score", homeScore)
        .put("away_score", awayScore)
        .put("pace", pace)
        .put("status", status);
  }
}
