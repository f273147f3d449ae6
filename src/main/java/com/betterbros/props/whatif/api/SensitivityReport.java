package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A slip's sensitivity (schema {@code SensitivityReport}): its {@code p_all} and {@code ev}, per leg
 * the analytic dEV/dp and dP(all)/dp and the break-even p, per pair of legs dEV/drho and
 * dP(all)/drho (Plackett), the {@code grid} of EV and P(all) as one leg's p moves, the payout and
 * the legs' correlation; {@code model_version} when the slip was given as prop ids.
 */
@DataObject
public final class SensitivityReport implements JsonView {

  private final JsonObject json;

  public SensitivityReport(JsonObject json) {
    this.json = json;
  }

  public double getPAll() {
    return json.getDouble("p_all");
  }

  /** EV per unit staked. */
  public double getEv() {
    return json.getDouble("ev");
  }

  public List<LegSensitivity> getLegs() {
    JsonArray a = json.getJsonArray("legs");
    return a == null ? null : a.stream().map(o -> new LegSensitivity((JsonObject) o)).toList();
  }

  public List<PairSensitivity> getPairs() {
    JsonArray a = json.getJsonArray("pairs");
    return a == null ? null : a.stream().map(o -> new PairSensitivity((JsonObject) o)).toList();
  }

  /** {leg, points: [{p, ev, p_all}]}. */
  public JsonObject getGrid() {
    return json.getJsonObject("grid");
  }

  /** {platform, mode, legs, multipliers, leg_multiplier_product, version}. */
  public JsonObject getPayout() {
    return json.getJsonObject("payout");
  }

  public JsonArray getCorrelation() {
    return json.getJsonArray("correlation");
  }

  /** "analytic": conditional orthants and Plackett's identity (see WhatIfService#sensitivity). */
  public String getMethod() {
    return json.getString("method");
  }

  public String getModelVersion() {
    return json.getString("model_version");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
