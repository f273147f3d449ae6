package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The Power slip a {@link Prediction}'s breakevens are computed for: its platform, its number of legs
 * and its multiplier of the stake.
 */
@DataObject
public final class BreakevenSlip implements JsonView {

  private final JsonObject json;

  public BreakevenSlip(JsonObject json) {
    this.json = json;
  }

  public String getPlatform() {
    return json.getString("platform");
  }

  public int getLegs() {
    return json.getInteger("legs");
  }

  public double getMultiplier() {
    return json.getDouble("multiplier");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
