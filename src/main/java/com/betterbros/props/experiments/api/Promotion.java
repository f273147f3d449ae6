package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The reply of {@code promote} (schema {@code Promotion}): the event published on
 * {@code model.events.promoted} ({@code model_id}, {@code experiment_id}, {@code at}) plus the
 * comparison made with the production model.
 */
@DataObject
public final class Promotion implements JsonView {

  private final JsonObject json;

  public Promotion(JsonObject json) {
    this.json = json;
  }

  public String getModelId() {
    return json.getString("model_id");
  }

  public String getExperimentId() {
    return json.getString("experiment_id");
  }

  /** ISO-8601 UTC. */
  public String getAt() {
    return json.getString("at");
  }

  public PromotionComparison getComparison() {
    JsonObject o = json.getJsonObject("comparison");
    return o == null ? null : new PromotionComparison(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
