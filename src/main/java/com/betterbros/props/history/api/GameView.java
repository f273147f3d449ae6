package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Game;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One game on its US/Eastern calendar date (schema {@code Game}). {@code home_team} and
 * {@code away_team} are null unless a source said which side is home ({@code sides_known});
 * {@code teams} always lists both. Scores, pace, rest days and start time are null until known.
 */
@DataObject
public final class GameView implements JsonView {

  private final JsonObject json;

  public GameView(JsonObject json) {
    this.json = json;
  }

  public static GameView of(Game game) {
    return new GameView(new JsonObject()
        .put("id", game.id())
        .put("sport", game.sport())
        .put("date", game.date().toString())
        .put("start_time", game.startTime() == null ? null : game.startTime().toString())
        .put("home_team", game.sidesKnown() ? game.homeTeam() : null)
        .put("away_team", game.sidesKnown() ? game.awayTeam() : null)
        .put("teams", new JsonArray().add(game.homeTeam()).add(game.awayTeam()))
        .put("sides_known", game.sidesKnown())
        .put("home_rest_days", game.homeRestDays())
        .put("away_rest_days", game.awayRestDays())
        .put("home_score", game.homeScore())
        .put("away_score", game.awayScore())
        .put("pace", game.pace())
        .put("status", game.status()));
  }

  public String getId() {
    return json.getString("id");
  }

  public String getSport() {
    return json.getString("sport");
  }

  /** YYYY-MM-DD, US/Eastern. */
  public String getDate() {
    return json.getString("date");
  }

  public String getStartTime() {
    return json.getString("start_time");
  }

  public String getHomeTeam() {
    return json.getString("home_team");
  }

  public String getAwayTeam() {
    return json.getString("away_team");
  }

  public List<String> getTeams() {
    JsonArray a = json.getJsonArray("teams");
    return a == null ? null : a.stream().map(String.class::cast).toList();
  }

  public boolean getSidesKnown() {
    return json.getBoolean("sides_known", false);
  }

  public Integer getHomeRestDays() {
    return json.getInteger("home_rest_days");
  }

  public Integer getAwayRestDays() {
    return json.getInteger("away_rest_days");
  }

  public Integer getHomeScore() {
    return json.getInteger("home_score");
  }

  public Integer getAwayScore() {
    return json.getInteger("away_score");
  }

  public Double getPace() {
    return json.getDouble("pace");
  }

  /** scheduled or final. */
  public String getStatus() {
    return json.getString("status");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
