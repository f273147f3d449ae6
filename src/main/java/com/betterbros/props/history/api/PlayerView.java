package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Player;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A player (schema {@code Player}): {@code id} is the canonical id every source and platform shares.
 */
@DataObject
public final class PlayerView implements JsonView {

  private final JsonObject json;

  public PlayerView(JsonObject json) {
    this.json = json;
  }

  public static PlayerView of(Player player) {
    return new PlayerView(new JsonObject()
        .put("id", player.id())
        .put("name", player.name())
        .put("team", player.teamId())
        .put("position", player.position()));
  }

  public String getId() {
    return json.getString("id");
  }

  public String getName() {
    return json.getString("name");
  }

  /** The team id (abbreviation), or null when no source said. */
  public String getTeam() {
    return json.getString("team");
  }

  public String getPosition() {
    return json.getString("position");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
