package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One payout version (schema {@code PayoutVersionInfo}): its name, where its multipliers come from and the
 * day it takes effect.
 */
@DataObject
public final class PayoutVersionView implements JsonView {

  private final JsonObject json;

  public PayoutVersionView(JsonObject json) {
    this.json = json;
  }

  public String getVersion() {
    return json.getString("version");
  }

  public String getSource() {
    return json.getString("source");
  }

  public String getEffectiveDate() {
    return json.getString("effective_date");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
