package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Murphy's partition of the Brier score over the report's bins (schema {@code BrierDecomposition}):
 * brier = reliability - resolution + uncertainty, up to the forecasts' spread inside a bin.
 */
@DataObject
public final class BrierDecomposition implements JsonView {

  private final JsonObject json;

  public BrierDecomposition(JsonObject json) {
    this.json = json;
  }

  public double getReliability() {
    return json.getDouble("reliability");
  }

  public double getResolution() {
    return json.getDouble("resolution");
  }

  public double getUncertainty() {
    return json.getDouble("uncertainty");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
