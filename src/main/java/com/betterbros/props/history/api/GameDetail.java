package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One game with both teams and its box scores (schema {@code GameDetail}): the reply of
 * {@code game}. {@code home_team} is the Team of {@code game.teams[0]}, {@code away_team} of
 * {@code game.teams[1]}; each is null when the team is unknown.
 */
@DataObject
public final class GameDetail implements JsonView {

  private final JsonObject json;

  public GameDetail(JsonObject json) {
    this.json = json;
  }

  public GameView getGame() {
    JsonObject o = json.getJsonObject("game");
    return o == null ? null : new GameView(o);
  }

  public TeamView getHomeTeam() {
    JsonObject o = json.getJsonObject("home_team");
    return o == null ? null : new TeamView(o);
  }

  public TeamView getAwayTeam() {
    JsonObject o = json.getJsonObject("away_team");
    return o == null ? null : new TeamView(o);
  }

  public List<BoxScoreView> getBoxScores() {
    JsonArray a = json.getJsonArray("box_scores");
    return a == null ? null : a.stream().map(o -> new BoxScoreView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
