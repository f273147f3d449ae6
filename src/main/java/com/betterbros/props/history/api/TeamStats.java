package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A team's record, per-game averages and players over a date range (schema {@code TeamStats}):
 * the reply of {@code teamStats}. The points, pace and ratings are over the final games and
 * absent (null) when there are none.
 */
@DataObject
public final class TeamStats implements JsonView {

  private final JsonObject json;

  public TeamStats(JsonObject json) {
    this.json = json;
  }

  public TeamView getTeam() {
    JsonObject o = json.getJsonObject("team");
    return o == null ? null : new TeamView(o);
  }

  /** Final games in the range. */
  public int getGames() {
    return json.getInteger("games");
  }

  public int getWins() {
    return json.getInteger("wins");
  }

  public int getLosses() {
    return json.getInteger("losses");
  }

  public Double getPointsFor() {
    return json.getDouble("points_for");
  }

  public Double getPointsAgainst() {
    return json.getDouble("points_against");
  }

  public Double getPace() {
    return json.getDouble("pace");
  }

  public Double getOffensiveRating() {
    return json.getDouble("offensive_rating");
  }

  public Double getDefensiveRating() {
    return json.getDouble("defensive_rating");
  }

  public Double getNetRating() {
    return json.getDouble("net_rating");
  }

  /** The last ten final games, newest first. */
  public List<RecentResult> getRecentResults() {
    JsonArray a = json.getJsonArray("recent_results");
    return a == null ? null : a.stream().map(o -> new RecentResult((JsonObject) o)).toList();
  }

  /** Most minutes per game first. */
  public List<PlayerAverages> getPlayers() {
    JsonArray a = json.getJsonArray("players");
    return a == null ? null : a.stream().map(o -> new PlayerAverages((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
