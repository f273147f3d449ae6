package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The page of {@code list} ({@code GET /snapshots}).
 */
@DataObject
public final class SnapshotListQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SnapshotListQuery() {
    this(new JsonObject());
  }

  public SnapshotListQuery(JsonObject json) {
    this.json = json;
  }

  /** 1..500, default 50. */
  public SnapshotListQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public SnapshotListQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
