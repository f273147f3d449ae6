package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What {@code calibration} reports on (the {@code GET /eval/calibration} query). Every field is
 * optional; values may arrive as strings (HTTP sends them so) and are validated by the eval service
 * (400 naming the field).
 */
@DataObject
public final class CalibrationQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public CalibrationQuery() {
    this(new JsonObject());
  }

  public CalibrationQuery(JsonObject json) {
    this.json = json;
  }

  /** An experiment id of the caller's, or production (the default). */
  public CalibrationQuery setModel(String model) {
    json.put("model", model);
    return this;
  }

  /** First game date (YYYY-MM-DD, inclusive); default the start of the model's holdout. */
  public CalibrationQuery setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** Last game date (inclusive); default the end of the holdout. */
  public CalibrationQuery setTo(String to) {
    json.put("to", to);
    return this;
  }

  /** A comma list of stat_type, platform, side, line_bucket, edge_bucket, home_away, rest_days, month, player. */
  public CalibrationQuery setSegment(String segment) {
    json.put("segment", segment);
    return this;
  }

  /** 1..50, default 10. */
  public CalibrationQuery setBins(Integer bins) {
    json.put("bins", bins);
    return this;
  }

  /** equal_width (default) or equal_mass. */
  public CalibrationQuery setBinning(String binning) {
    json.put("binning", binning);
    return this;
  }

  /** Players kept by the player segment, 1..100, default 10. */
  public CalibrationQuery setTop(Integer top) {
    json.put("top", top);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
