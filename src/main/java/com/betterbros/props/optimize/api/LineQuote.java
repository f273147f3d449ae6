package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One platform's line of a prop in a cross-platform discrepancy (schema {@code LineAtP}).
 */
@DataObject
public final class LineQuote implements JsonView {

  private final JsonObject json;

  public LineQuote(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public double getLine() {
    return json.getDouble("line");
  }

  public double getPOver() {
    return json.getDouble("p_over");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
