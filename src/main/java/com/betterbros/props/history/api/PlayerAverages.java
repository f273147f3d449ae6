package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One player's per-game averages in a team's games (an item of {@code TeamStats.players}):
 * minutes, points, rebounds, assists, threes, steals, blocks, turnovers and pts_rebs_asts.
 */
@DataObject
public final class PlayerAverages implements JsonView {

  private final JsonObject json;

  public PlayerAverages(JsonObject json) {
    this.json = json;
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public StatAverages getAverages() {
    JsonObject o = json.getJsonObject("averages");
    return o == null ? null : new StatAverages(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
