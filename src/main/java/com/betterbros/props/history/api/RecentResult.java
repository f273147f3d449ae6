package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One final game of a team, from its side (schema {@code RecentResult}).
 */
@DataObject
public final class RecentResult implements JsonView {

  private final JsonObject json;

  public RecentResult(JsonObject json) {
    this.json = json;
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  public String getDate() {
    return json.getString("date");
  }

  public String getOpponent() {
    return json.getString("opponent");
  }

  public boolean getHome() {
    return json.getBoolean("home", false);
  }

  public int getPointsFor() {
    return json.getInteger("points_for");
  }

  public int getPointsAgainst() {
    return json.getInteger("points_against");
  }

  /** W or L. */
  public String getResult() {
    return json.getString("result");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
