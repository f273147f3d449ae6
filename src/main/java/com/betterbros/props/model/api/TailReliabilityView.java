package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The forecasts in one tail of a holdout (schema {@code TailReliability}): their count and, when
 * there is one, their mean forecast, the observed over rate and its Wilson 95% interval (the last
 * three null when {@code n} is 0). Not rounded.
 */
@DataObject
public final class TailReliabilityView implements JsonView {

  private final JsonObject json;

  public TailReliabilityView(JsonObject json) {
    this.json = json;
  }

  public int getN() {
    return json.getInteger("n");
  }

  public Double getMeanP() {
    return json.getDouble("mean_p");
  }

  /** Share of these rows that went over. */
  public Double getObserved() {
    return json.getDouble("observed");
  }

  /** [lo, hi] of the observed rate. */
  public List<Double> getWilson95() {
    JsonArray a = json.getJsonArray("wilson_95");
    return a == null ? null : a.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
