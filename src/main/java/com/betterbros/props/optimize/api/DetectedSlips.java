package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Slip detection on the current board (schema {@code SlipDetection} in openapi.yaml): per slip type the legs that clear
 * its breakeven, and the cross-platform line discrepancies.
 */
@DataObject
public final class DetectedSlips implements JsonView {

  private final JsonObject json;

  public DetectedSlips(JsonObject json) {
    this.json = json;
  }

  public String getModelVersion() {
    return json.getString("model_version");
  }

  public String getPayoutVersion() {
    return json.getString("payout_version");
  }

  public List<SlipTypeLegs> getSlipTypes() {
    JsonArray a = json.getJsonArray("slip_types");
    return a == null ? null : a.stream().map(o -> new SlipTypeLegs((JsonObject) o)).toList();
  }

  public List<Discrepancy> getDiscrepancies() {
    JsonArray a = json.getJsonArray("discrepancies");
    return a == null ? null : a.stream().map(o -> new Discrepancy((JsonObject) o)).toList();
  }

  public int getTotalDiscrepancies() {
    return json.getInteger("total_discrepancies");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
