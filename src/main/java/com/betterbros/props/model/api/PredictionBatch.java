package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The reply of {@code predict} (schema {@code PredictionBatch}): one item per requested prop or leg,
 * in request order, each a {@link Prediction} or a {@link PredictionItemError}; {@code predicted}
 * and {@code errors} count the two kinds.
 */
@DataObject
public final class PredictionBatch implements JsonView {

  private final JsonObject json;

  public PredictionBatch(JsonObject json) {
    this.json = json;
  }

  /**
   * One per requested item, in request order: a {@link Prediction}, or a {@link PredictionItemError}
   * for an item that could not be priced (test with {@code instanceof}).
   */
  public List<PredictionItem> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> PredictionItem.of((JsonObject) o)).toList();
  }

  /** The items that were priced, in request order (the item errors left out). */
  public List<Prediction> predictions() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> PredictionItem.of((JsonObject) o))
        .filter(Prediction.class::isInstance).map(Prediction.class::cast).toList();
  }

  /** The production model's id. */
  public String getModelVersion() {
    return json.getString("model_version");
  }

  /** Items answered with a prediction. */
  public int getPredicted() {
    return json.getInteger("predicted");
  }

  /** Items answered with an item error. */
  public int getErrors() {
    return json.getInteger("errors");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
