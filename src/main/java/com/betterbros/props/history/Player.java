package com.betterbros.props.history;

import io.vertx.core.json.JsonObject;

/** A player; {@code id} is a stable slug of the name ("nikola-jokic"), shared by every platform. */
public record Player(String id, String name, String teamId, String position) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("name", name)
        .put("team", teamId)
        .put("position", position);
  }
}
