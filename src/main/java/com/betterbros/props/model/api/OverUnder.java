package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A value per side of a line ({@code {over, under}}) in a {@link Prediction}: multipliers, fair odds
 * or breakevens; a side's value may be null (see the field it is in).
 */
@DataObject
public final class OverUnder implements JsonView {

  private final JsonObject json;

  public OverUnder(JsonObject json) {
    this.json = json;
  }

  public Double getOver() {
    return json.getDouble("over");
  }

  public Double getUnder() {
    return json.getDouble("under");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
