package com.betterbros.props.context;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** An injury spell: the player misses games from {@code startDate} through {@code endDate} inclusive. */
public record Injury(
    String playerId,
    String playerName,
    String teamId,
    LocalDate startDate,
    LocalDate endDate,
    String status,
    String description) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("player_id", playerId)
        .put("player_name", playerName)
        .put("team", teamId)
        .put("start_date", startDate.toString())
        .put("end_date", endDate.toString())
        .put("status", status)
        .put("description", description);
  }
}
