package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** One pair of legs (i &lt; j) of a {@link SensitivityReport}: rho_ij, dEV/drho_ij and dP(all)/drho_ij. */
@DataObject
public final class PairSensitivity implements JsonView {

  private final JsonObject json;

  public PairSensitivity(JsonObject json) {
    this.json = json;
  }

  public int getI() {
    return json.getInteger("i");
  }

  public int getJ() {
    return json.getInteger("j");
  }

  public double getRho() {
    return json.getDouble("rho");
  }

  public double getDEvDrho() {
    return json.getDouble("d_ev_drho");
  }

  public double getDPAllDrho() {
    return json.getDouble("d_p_all_drho");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
