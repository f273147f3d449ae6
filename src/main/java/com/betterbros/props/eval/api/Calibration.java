package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * How well a model's probabilities match outcomes it never trained on (schema {@code Calibration}):
 * its holdout forecasts in [from, to], as a reliability diagram with Wilson intervals, ECE, MCE,
 * Brier and its decomposition, log loss and AUC, overall and per requested segment.
 */
@DataObject
public final class Calibration implements JsonView {

  private final JsonObject json;

  public Calibration(JsonObject json) {
    this.json = json;
  }

  public EvaluatedModel getModel() {
    JsonObject o = json.getJsonObject("model");
    return o == null ? null : new EvaluatedModel(o);
  }

  public String getFrom() {
    return json.getString("from");
  }

  public String getTo() {
    return json.getString("to");
  }

  /** equal_width or equal_mass. */
  public String getBinning() {
    return json.getString("binning");
  }

  public int getBinCount() {
    return json.getInteger("bin_count");
  }

  public int getN() {
    return json.getInteger("n");
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

  public Double getAuc() {
    return json.getDouble("auc");
  }

  public List<CalibrationSegment> getSegments() {
    JsonArray a = json.getJsonArray("segments");
    return a == null ? null : a.stream().map(o -> new CalibrationSegment((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
