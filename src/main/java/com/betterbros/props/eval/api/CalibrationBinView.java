package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One bin of a reliability diagram (schema {@code CalibrationBin}): the forecasts in [lower, upper),
 * their count and mean, the observed over rate, and its Wilson 95% interval.
 */
@DataObject
public final class CalibrationBinView implements JsonView {

  private final JsonObject json;

  public CalibrationBinView(JsonObject json) {
    this.json = json;
  }

  public double getLower() {
    return json.getDouble("lower");
  }

  public double getUpper() {
    return json.getDouble("upper");
  }

  public int getN() {
    return json.getInteger("n");
  }

  public double getMeanP() {
    return json.getDouble("mean_p");
  }

  public double getObserved() {
    return json.getDouble("observed");
  }

  public double getCiLow() {
    return json.getDouble("ci_low");
  }

  public double getCiHigh() {
    return json.getDouble("ci_high");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
