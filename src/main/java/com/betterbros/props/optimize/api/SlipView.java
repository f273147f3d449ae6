package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One slip the optimizer found (an item of {@code ParlaysResult.slips}): its legs' ids and its economics.
 */
@DataObject
public final class SlipView implements JsonView {

  private final JsonObject json;

  public SlipView(JsonObject json) {
    this.json = json;
  }

  public List<String> getLegs() {
    JsonArray a = json.getJsonArray("legs");
    return a == null ? null : a.stream().map(String.class::cast).toList();
  }

  public double getPAll() {
    return json.getDouble("p_all");
  }

  public List<Double> getHitDistribution() {
    JsonArray a = json.getJsonArray("hit_distribution");
    return a == null ? null : a.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }

  public double getEv() {
    return json.getDouble("ev");
  }

  public double getKellyFraction() {
    return json.getDouble("kelly_fraction");
  }

  public double getLegMultiplierProduct() {
    return json.getDouble("leg_multiplier_product");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
