package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.api.GameView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Both teams' context before a game (schema {@code GameMatchup}): the reply of {@code gameMatchup}.
 * The projections are present only when both paces are known (null otherwise): the mean of the
 * two paces, and each team's points as pace/200 * (own offensive rating + opponent's defensive
 * rating).
 */
@DataObject
public final class GameMatchup implements JsonView {

  private final JsonObject json;

  public GameMatchup(JsonObject json) {
    this.json = json;
  }

  public GameView getGame() {
    JsonObject o = json.getJsonObject("game");
    return o == null ? null : new GameView(o);
  }

  public MatchupSide getHome() {
    JsonObject o = json.getJsonObject("home");
    return o == null ? null : new MatchupSide(o);
  }

  public MatchupSide getAway() {
    JsonObject o = json.getJsonObject("away");
    return o == null ? null : new MatchupSide(o);
  }

  public Double getProjectedPace() {
    return json.getDouble("projected_pace");
  }

  public Double getProjectedTotal() {
    return json.getDouble("projected_total");
  }

  public Double getProjectedMarginHome() {
    return json.getDouble("projected_margin_home");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
