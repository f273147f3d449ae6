package com.betterbros.props.props.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.props.core.LinePoint;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One observed line of a prop (schema {@code LinePoint}), in a prop's {@code line_history}.
 */
@DataObject
public final class LinePointView implements JsonView {

  private final JsonObject json;

  public LinePointView(JsonObject json) {
    this.json = json;
  }

  public static LinePointView of(LinePoint point) {
    return new LinePointView(new JsonObject().put("line", point.line()).put("observed_at", point.observedAt().toString()));
  }

  public double getLine() {
    return json.getDouble("line");
  }

  /** ISO-8601 UTC. */
  public String getObservedAt() {
    return json.getString("observed_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
