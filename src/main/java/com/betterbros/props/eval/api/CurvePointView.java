package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The bankroll at the end of a day (schema {@code CurvePoint}).
 */
@DataObject
public final class CurvePointView implements JsonView {

  private final JsonObject json;

  public CurvePointView(JsonObject json) {
    this.json = json;
  }

  public String getDate() {
    return json.getString("date");
  }

  public double getBankroll() {
    return json.getDouble("bankroll");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
