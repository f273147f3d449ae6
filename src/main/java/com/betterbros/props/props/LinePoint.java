package com.betterbros.props.props;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** One observed line of a prop; a prop's history is its points in time order. */
public record LinePoint(String propId, double line, Instant observedAt) {

  public JsonObject toJson() {
    return new JsonObject().put("line", line).put("observed_at", observedAt.toString());
  }
}
