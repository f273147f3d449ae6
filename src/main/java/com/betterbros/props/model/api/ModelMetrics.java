package com.betterbros.props.model.api;

import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A model's holdout scores with the reliability of its tails (schema {@code ModelMetrics});
 * {@code tails} is null for models trained before tail reliability was added.
 */
@DataObject
public class ModelMetrics extends MetricsView {

  public ModelMetrics(JsonObject json) {
    super(json);
  }

  public ModelTails getTails() {
    JsonObject o = json.getJsonObject("tails");
    return o == null ? null : new ModelTails(o);
  }
}
