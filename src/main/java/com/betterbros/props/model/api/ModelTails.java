package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The reliability of a model's forecasts below 0.1 and above 0.9 (the {@code tails} of
 * {@link ModelMetrics}).
 */
@DataObject
public final class ModelTails implements JsonView {

  private final JsonObject json;

  public ModelTails(JsonObject json) {
    this.json = json;
  }

  public TailReliabilityView getPBelow01() {
    JsonObject o = json.getJsonObject("p_below_0_1");
    return o == null ? null : new TailReliabilityView(o);
  }

  public TailReliabilityView getPAbove09() {
    JsonObject o = json.getJsonObject("p_above_0_9");
    return o == null ? null : new TailReliabilityView(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
