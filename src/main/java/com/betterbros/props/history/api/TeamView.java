package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Team;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A team (schema {@code Team}): {@code id} is its abbreviation ("DEN"), unique within a sport; the
 * venue is at (latitude, longitude).
 */
@DataObject
public final class TeamView implements JsonView {

  private final JsonObject json;

  public TeamView(JsonObject json) {
    this.json = json;
  }

  public static TeamView of(Team team) {
    return new TeamView(new JsonObject()
        .put("id", team.id())
        .put("sport", team.sport())
        .put("city", team.city())
        .put("name", team.name())
        .put("conference", team.conference())
        .put("latitude", team.latitude())
        .put("longitude", team.longitude()));
  }

  public String getId() {
    return json.getString("id");
  }

  public String getSport() {
    return json.getString("sport");
  }

  public String getCity() {
    return json.getString("city");
  }

  public String getName() {
    return json.getString("name");
  }

  public String getConference() {
    return json.getString("conference");
  }

  public double getLatitude() {
    return json.getDouble("latitude");
  }

  public double getLongitude() {
    return json.getDouble("longitude");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
