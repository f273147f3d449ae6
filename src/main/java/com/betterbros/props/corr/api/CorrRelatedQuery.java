package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The query of {@code related} (the {@code GET /corr/related} query string); values may be strings,
 * as HTTP sends them, and are validated by the corr service (400 naming the field); a null query is
 * a 400 on {@code prop_id}.
 */
@DataObject
public final class CorrRelatedQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public CorrRelatedQuery() {
    this(new JsonObject());
  }

  public CorrRelatedQuery(JsonObject json) {
    this.json = json;
  }

  /** Required. */
  public CorrRelatedQuery setPropId(String propId) {
    json.put("prop_id", propId);
    return this;
  }

  /** 1..50, default 10. */
  public CorrRelatedQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
