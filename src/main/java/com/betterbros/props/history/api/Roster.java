package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.Team;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A team with its players (schema {@code Roster}): the reply of {@code roster}.
 */
@DataObject
public final class Roster implements JsonView {

  private final JsonObject json;

  public Roster(JsonObject json) {
    this.json = json;
  }

  public static Roster of(Team team, List<Player> players) {
    return new Roster(new JsonObject()
        .put("team", TeamView.of(team).toJson())
        .put("players", new JsonArray(players.stream().map(p -> PlayerView.of(p).toJson()).toList())));
  }

  public TeamView getTeam() {
    JsonObject o = json.getJsonObject("team");
    return o == null ? null : new TeamView(o);
  }

  public List<PlayerView> getPlayers() {
    JsonArray a = json.getJsonArray("players");
    return a == null ? null : a.stream().map(o -> new PlayerView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
