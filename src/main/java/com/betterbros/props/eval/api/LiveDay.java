package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One game date of the live record (schema {@code LiveDay}): predictions served, picks, picks settled and
 * won, the day's hit rate and ROI, and the trailing window's.
 */
@DataObject
public final class LiveDay implements JsonView {

  private final JsonObject json;

  public LiveDay(JsonObject json) {
    this.json = json;
  }

  public String getDate() {
    return json.getString("date");
  }

  public int getServed() {
    return json.getInteger("served");
  }

  public int getPicks() {
    return json.getInteger("picks");
  }

  public int getSettled() {
    return json.getInteger("settled");
  }

  public int getWon() {
    return json.getInteger("won");
  }

  public Double getHitRate() {
    return json.getDouble("hit_rate");
  }

  public Double getRoi() {
    return json.getDouble("roi");
  }

  public Double getRollingHitRate() {
    return json.getDouble("rolling_hit_rate");
  }

  public Double getRollingRoi() {
    return json.getDouble("rolling_roi");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
