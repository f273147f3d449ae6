package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Team;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Every team (schema {@code TeamList}): the reply of {@code teams}.
 */
@DataObject
public final class TeamList implements JsonView {

  private final JsonObject json;

  public TeamList(JsonObject json) {
    this.json = json;
  }

  public static TeamList of(List<Team> teams) {
    return new TeamList(new JsonObject()
        .put("items", new JsonArray(teams.stream().map(t -> TeamView.of(t).toJson()).toList()))
        .put("total", teams.size()));
  }

  public List<TeamView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new TeamView((JsonObject) o)).toList();
  }

  public int getTotal() {
    return json.getInteger("total");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
