package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** The page of {@code list} ({@code GET /whatif/scenarios}). */
@DataObject
public final class ScenarioListQuery implements JsonView {

  private final JsonObject json;

  public ScenarioListQuery() {
    this(new JsonObject());
  }

  public ScenarioListQuery(JsonObject json) {
    this.json = json;
  }

  /** 1..500, default 50. */
  public ScenarioListQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public ScenarioListQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
