package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A prop priced by the production model for a slip (schema {@code PricedLeg}): the side taken and
 * its probability.
 */
@DataObject
public final class PricedLeg implements JsonView {

  private final JsonObject json;

  public PricedLeg(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  /** over or under. */
  public String getSide() {
    return json.getString("side");
  }

  public double getP() {
    return json.getDouble("p");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
