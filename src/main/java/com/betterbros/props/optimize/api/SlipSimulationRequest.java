package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What {@code simulate} prices: explicit legs (2..6) with their correlation matrix, or prop ids
 * (2..6, priced by the production model, correlated by the correlation service) with optional sides;
 * a payout choice; the method (exact by default, or monte_carlo with simulations and seed).
 */
@DataObject
public final class SlipSimulationRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SlipSimulationRequest() {
    this(new JsonObject());
  }

  public SlipSimulationRequest(JsonObject json) {
    this.json = json;
  }

  /** The legs' correlation matrix, row by row. */
  public SlipSimulationRequest withCorrelation(double[][] r) {
    json.put("correlation", Matrices.json(r));
    return this;
  }

  public SlipSimulationRequest setLegs(List<SlipLeg> legs) {
    json.put("legs", legs == null ? null : new JsonArray(legs.stream().map(v -> v.toJson()).toList()));
    return this;
  }

  /** Rows of numbers, symmetric, unit diagonal, positive semi-definite. */
  public SlipSimulationRequest setCorrelation(JsonArray correlation) {
    json.put("correlation", correlation);
    return this;
  }

  public SlipSimulationRequest setPropIds(List<String> propIds) {
    json.put("prop_ids", propIds == null ? null : new JsonArray(propIds));
    return this;
  }

  public SlipSimulationRequest setSides(List<String> sides) {
    json.put("sides", sides == null ? null : new JsonArray(sides));
    return this;
  }

  /** exact or monte_carlo. */
  public SlipSimulationRequest setMethod(String method) {
    json.put("method", method);
    return this;
  }

  public SlipSimulationRequest setSimulations(Integer simulations) {
    json.put("simulations", simulations);
    return this;
  }

  public SlipSimulationRequest setSeed(Long seed) {
    json.put("seed", seed);
    return this;
  }

  public SlipSimulationRequest setPayout(PayoutChoice payout) {
    json.put("payout", payout == null ? null : payout.toJson());
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
