package com.betterbros.props.model.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * An item of a {@link PredictionBatch} that could not be priced (schema {@code PredictionItemError});
 * the other items are answered as usual. {@code leg} names an explicit leg ("player|game|stat") and
 * is absent for a prop id.
 */
@DataObject
public class PredictionItemError extends PredictionItem {

  public PredictionItemError(JsonObject json) {
    super(json);
  }

  /** not_found, unsupported_stat_type, no_history or not_in_game. */
  public String getError() {
    return json.getString("error");
  }

  /** 404 for not_found, 422 otherwise. */
  public int getStatus() {
    return json.getInteger("status");
  }

  public String getMessage() {
    return json.getString("message");
  }

  /** An explicit leg as player_id|game_id|stat_type; absent for a prop id. */
  public String getLeg() {
    return json.getString("leg");
  }
}
