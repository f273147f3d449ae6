package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One item of a {@link PredictionBatch}: a {@link Prediction} or a {@link PredictionItemError}
 * (an item error carries {@code error}; a prediction never does).
 */
@DataObject
public class PredictionItem implements JsonView {

  protected final JsonObject json;

  public PredictionItem(JsonObject json) {
    this.json = json;
  }

  /** The item's view: a {@link PredictionItemError} when the JSON carries {@code error}, else a {@link Prediction}. */
  public static PredictionItem of(JsonObject json) {
    return json.containsKey("error") ? new PredictionItemError(json) : new Prediction(json);
  }

  /** The requested prop id; null for an explicit leg. */
  public String getPropId() {
    return json.getString("prop_id");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
