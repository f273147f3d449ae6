package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A leg clearing a slip type's breakeven (an item of a slip type's {@code qualifying} in {@code SlipDetection}): its better side and edge.
 */
@DataObject
public final class QualifyingLeg implements JsonView {

  private final JsonObject json;

  public QualifyingLeg(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public String getSide() {
    return json.getString("side");
  }

  public double getP() {
    return json.getDouble("p");
  }

  /** p - breakeven. */
  public double getEdge() {
    return json.getDouble("edge");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
