package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.context.core.Injury;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * An injury spell (schema {@code Injury}): the player misses games from {@code start_date} through
 * {@code end_date} inclusive.
 */
@DataObject
public final class InjuryView implements JsonView {

  private final JsonObject json;

  public InjuryView(JsonObject json) {
    this.json = json;
  }

  public static InjuryView of(Injury injury) {
    return new InjuryView(new JsonObject()
        .put("player_id", injury.playerId())
        .put("player_name", injury.playerName())
        .put("team", injury.teamId())
        .put("start_date", injury.startDate().toString())
        .put("end_date", injury.endDate().toString())
        .put("status", injury.status())
        .put("description", injury.description()));
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getPlayerName() {
    return json.getString("player_name");
  }

  public String getTeam() {
    return json.getString("team");
  }

  public String getStartDate() {
    return json.getString("start_date");
  }

  public String getEndDate() {
    return json.getString("end_date");
  }

  public String getStatus() {
    return json.getString("status");
  }

  public String getDescription() {
    return json.getString("description");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
