package com.betterbros.props.experiments;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** One holdout prediction of an experiment: enough to recompute its metrics independently. */
public record HoldoutRow(
    String propId,
    String playerId,
    String statType,
    LocalDate gameDate,
    double line,
    double pOver,
    int outcome,
    Double pTrue) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("prop_id", propId)
        .put("player_id", playerId)
        .put("stat_type", statType)
        .put("game_date", gameDate.toString())
        .put("line", line)
        .put("p_over", pOver)
        .put("outcome", outcome)
        .put("p_true", pTrue);
  }
}
