package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The page of {@code predictions} (the {@code GET /experiments/{id}/predictions} query string);
 * values may be strings, as HTTP sends them, validated by the experiments service (400 naming the
 * field). A null query is the first page of 50.
 */
@DataObject
public final class HoldoutQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public HoldoutQuery() {
    this(new JsonObject());
  }

  public HoldoutQuery(JsonObject json) {
    this.json = json;
  }

  /** 1..500, default 50. */
  public HoldoutQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public HoldoutQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
