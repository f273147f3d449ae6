package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The payout a slip was priced with (the {@code payout} of {@code SlipSimulation} and {@code ParlaysResult}). A simulation carries every field;
 * a parlays reply only platform, mode, legs and version (the others null).
 */
@DataObject
public final class SlipPayout implements JsonView {

  private final JsonObject json;

  public SlipPayout(JsonObject json) {
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

  /** Multiplier by number of hits. */
  public java.util.Map<String, Double> getMultipliers() {
    JsonObject o = json.getJsonObject("multipliers");
    if (o == null) {
      return null;
    }
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : ((Number) e.getValue()).doubleValue());
    }
    return out;
  }

  /** The product of the legs' own payout multipliers (1 for standard lines). */
  public Double getLegMultiplierProduct() {
    return json.getDouble("leg_multiplier_product");
  }

  /** Per-leg breakeven probability, null when none is finite. */
  public Double getBreakeven() {
    return json.getDouble("breakeven");
  }

  /** The payout version. */
  public String getVersion() {
    return json.getString("version");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
