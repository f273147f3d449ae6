package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The {@code slips} query: how many legs and discrepancies each list shows.
 */
@DataObject
public final class SlipDetectionQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SlipDetectionQuery() {
    this(new JsonObject());
  }

  public SlipDetectionQuery(JsonObject json) {
    this.json = json;
  }

  /** 1..500, default 50. */
  public SlipDetectionQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
