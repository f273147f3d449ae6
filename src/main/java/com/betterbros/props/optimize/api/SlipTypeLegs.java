package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The legs of the current board that clear one slip type's per-leg breakeven (an item of {@code SlipDetection.slip_types}).
 */
@DataObject
public final class SlipTypeLegs implements JsonView {

  private final JsonObject json;

  public SlipTypeLegs(JsonObject json) {
    this.json = json;
  }

  public String getPlatform() {
    return json.getString("platform");
  }

  public String getMode() {
    return json.getString("mode");
  }

  public int getLegs() {
    return json.getInteger("legs");
  }

  public double getBreakeven() {
    return json.getDouble("breakeven");
  }

  /** Best edge first, at most the query's limit. */
  public List<QualifyingLeg> getQualifying() {
    JsonArray a = json.getJsonArray("qualifying");
    return a == null ? null : a.stream().map(o -> new QualifyingLeg((JsonObject) o)).toList();
  }

  /** All qualifying legs. */
  public int getTotal() {
    return json.getInteger("total");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
