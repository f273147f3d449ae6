package com.betterbros.props.history;

import io.vertx.core.json.JsonObject;

/** A team: {@code id} is its abbreviation ("DEN"), unique within a sport; the venue is at (latitude, longitude). */
public record Team(
    String id,
    String sport,
    String city,
    String name,
    String conference,
    double latitude,
    double longitude) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("sport", sport)
        .put("city", city)
        .put("name", name)
        .put("conference", conference)
        .put("latitude", latitude)
        .put("longitude", longitude);
  }
}
