package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A player's games against one opponent with their averages and his season's (schema
 * {@code Matchups}): the reply of {@code matchups}; stat columns minutes, points, rebounds,
 * assists, threes and pts_rebs_asts.
 */
@DataObject
public final class Matchups implements JsonView {

  private final JsonObject json;

  public Matchups(JsonObject json) {
    this.json = json;
  }

  public PlayerView getPlayer() {
    JsonObject o = json.getJsonObject("player");
    return o == null ? null : new PlayerView(o);
  }

  /** The opponent's team id, upper-cased. */
  public String getOpponent() {
    return json.getString("opponent");
  }

  public List<GameRow> getGames() {
    JsonArray a = json.getJsonArray("games");
    return a == null ? null : a.stream().map(o -> new GameRow((JsonObject) o)).toList();
  }

  /** Over the games against the opponent. */
  public StatAverages getAverages() {
    JsonObject o = json.getJsonObject("averages");
    return o == null ? null : new StatAverages(o);
  }

  /** Over all his games. */
  public StatAverages getSeasonAverages() {
    JsonObject o = json.getJsonObject("season_averages");
    return o == null ? null : new StatAverages(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
