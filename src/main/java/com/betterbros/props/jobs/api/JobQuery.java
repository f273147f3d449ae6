package com.betterbros.props.jobs.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Filters and page of {@code list} (the {@code GET /jobs} query). Every field is optional; values
 * may also arrive as strings (HTTP sends them so) and are validated by the jobs service (400
 * naming the field).
 */
@DataObject
public final class JobQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public JobQuery() {
    this(new JsonObject());
  }

  public JobQuery(JsonObject json) {
    this.json = json;
  }

  /** Exact: history_import or history_sync. */
  public JobQuery setKind(String kind) {
    json.put("kind", kind);
    return this;
  }

  /** queued, running, succeeded or failed. */
  public JobQuery setStatus(String status) {
    json.put("status", status);
    return this;
  }

  /** 1..500, default 50. */
  public JobQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public JobQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
