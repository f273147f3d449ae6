package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One segment's calibration (schema {@code CalibrationSegment}): the attribute, its value, and the
 * same table as the whole; {@code small} when fewer than 30 forecasts (kept, not hidden).
 */
@DataObject
public final class CalibrationSegment implements JsonView {

  private final JsonObject json;

  public CalibrationSegment(JsonObject json) {
    this.json = json;
  }

  public String getSegment() {
    return json.getString("segment");
  }

  public String getValue() {
    return json.getString("value");
  }

  public int getN() {
    return json.getInteger("n");
  }

  public boolean getSmall() {
    return json.getBoolean("small", false);
  }

  public List<CalibrationBinView> getBins() {
    JsonArray a = json.getJsonArray("bins");
    return a == null ? null : a.stream().map(o -> new CalibrationBinView((JsonObject) o)).toList();
  }

  public double getEce() {
    return json.getDouble("ece");
  }

  public double getMce() {
    return json.getDouble("mce");
  }

  public double getBrier() {
    return json.getDouble("brier");
  }

  public BrierDecomposition getBrierDecomposition() {
    JsonObject o = json.getJsonObject("brier_decomposition");
    return o == null ? null : new BrierDecomposition(o);
  }

  public double getLogLoss() {
    return json.getDouble("log_loss");
  }

  /** Null when every outcome in the segment is alike. */
  public Double getAuc() {
    return json.getDouble("auc");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
