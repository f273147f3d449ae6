package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The live track record over a range of game dates (schema {@code LiveReport}): every prediction served for
 * an open prop (once per prop, model and line) with its outcome from the box scores, Brier over those
 * settled, the picks' (positive edge: 1 unit each, a win returning 1 / breakeven, a push or void the stake)
 * hit rate and ROI, their closing-line value, the record by day, and the model versions that served them.
 */
@DataObject
public final class LiveReportView implements JsonView {

  private final JsonObject json;

  public LiveReportView(JsonObject json) {
    this.json = json;
  }

  public String getFrom() {
    return json.getString("from");
  }

  public String getTo() {
    return json.getString("to");
  }

  public int getWindow() {
    return json.getInteger("window");
  }

  public int getServed() {
    return json.getInteger("served");
  }

  public int getSettled() {
    return json.getInteger("settled");
  }

  public int getPending() {
    return json.getInteger("pending");
  }

  public int getVoids() {
    return json.getInteger("voids");
  }

  public int getPushes() {
    return json.getInteger("pushes");
  }

  public Double getBrier() {
    return json.getDouble("brier");
  }

  public int getPicks() {
    return json.getInteger("picks");
  }

  public int getPicksSettled() {
    return json.getInteger("picks_settled");
  }

  public int getPicksWon() {
    return json.getInteger("picks_won");
  }

  public double getStaked() {
    return json.getDouble("staked");
  }

  public double getReturned() {
    return json.getDouble("returned");
  }

  public Double getHitRate() {
    return json.getDouble("hit_rate");
  }

  public Double getRoi() {
    return json.getDouble("roi");
  }

  public ClosingLineValue getClv() {
    JsonObject o = json.getJsonObject("clv");
    return o == null ? null : new ClosingLineValue(o);
  }

  public List<LiveDay> getDays() {
    JsonArray a = json.getJsonArray("days");
    return a == null ? null : a.stream().map(o -> new LiveDay((JsonObject) o)).toList();
  }

  /** Predictions served per model version. */
  public java.util.Map<String, Integer> getModels() {
    JsonObject o = json.getJsonObject("models");
    if (o == null) {
      return null;
    }
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : ((Number) e.getValue()).intValue());
    }
    return out;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
