package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One leg of a {@link SensitivityReport}: its index, id (the prop id, or the given id, or null),
 * side (prop ids only), p, dEV/dp, dP(all)/dp and the break-even p with the other legs fixed (null
 * when EV keeps its sign for every p in (0, 1)).
 */
@DataObject
public final class LegSensitivity implements JsonView {

  private final JsonObject json;

  public LegSensitivity(JsonObject json) {
    this.json = json;
  }

  public int getIndex() {
    return json.getInteger("index");
  }

  public String getId() {
    return json.getString("id");
  }

  public String getSide() {
    return json.getString("side");
  }

  public double getP() {
    return json.getDouble("p");
  }

  public double getDEvDp() {
    return json.getDouble("d_ev_dp");
  }

  public double getDPAllDp() {
    return json.getDouble("d_p_all_dp");
  }

  public Double getBreakEvenP() {
    return json.getDouble("break_even_p");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
