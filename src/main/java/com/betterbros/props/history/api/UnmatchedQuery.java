package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Filter and page of {@code unmatched} (the {@code GET /history/identities/unmatched} query). Every
 * field is optional; values may also arrive as strings and are validated by the history service
 * (400 naming the field).
 */
@DataObject
public final class UnmatchedQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public UnmatchedQuery() {
    this(new JsonObject());
  }

  public UnmatchedQuery(JsonObject json) {
    this.json = json;
  }

  /** A platform; every platform when absent. */
  public UnmatchedQuery setSource(String source) {
    json.put("source", source);
    return this;
  }

  /** 1..500, default 50. */
  public UnmatchedQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public UnmatchedQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
