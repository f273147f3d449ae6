package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A slip to study: explicit {@code legs} ([{p, id?}], 2..6) with their {@code correlation}, or
 * {@code prop_ids} (2..6, optional {@code sides}) priced by the model and correlation services;
 * the {@code payout} {platform, mode}; and {@code vary} {leg, from?, to?, steps?}, the leg whose p
 * the grid moves.
 */
@DataObject
public final class SensitivityRequest implements JsonView {

  private final JsonObject json;

  /** An empty request. */
  public SensitivityRequest() {
    this(new JsonObject());
  }

  public SensitivityRequest(JsonObject json) {
    this.json = json;
  }

  /** Legs [{p, id?}] of the slip. */
  public SensitivityRequest setLegs(JsonArray legs) {
    json.put("legs", legs);
    return this;
  }

  /** The legs' correlation matrix (Gaussian copula, oriented so positive means "win together"). */
  public SensitivityRequest setCorrelation(JsonArray correlation) {
    json.put("correlation", correlation);
    return this;
  }

  /** Prop ids instead of legs and correlation. */
  public SensitivityRequest setPropIds(JsonArray propIds) {
    json.put("prop_ids", propIds);
    return this;
  }

  /** over/under per prop id (default: the model's better side). */
  public SensitivityRequest setSides(JsonArray sides) {
    json.put("sides", sides);
    return this;
  }

  /** {platform, mode}. */
  public SensitivityRequest setPayout(JsonObject payout) {
    json.put("payout", payout);
    return this;
  }

  /** {leg, from?, to?, steps?}: the grid. */
  public SensitivityRequest setVary(JsonObject vary) {
    json.put("vary", vary);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
