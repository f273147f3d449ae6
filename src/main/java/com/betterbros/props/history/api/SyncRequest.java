package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The body of {@code sync} (schema {@code SyncRequest}): an ESPN date range, at most 62 days,
 * validated by the history service (400 naming the field).
 */
@DataObject
public final class SyncRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SyncRequest() {
    this(new JsonObject());
  }

  public SyncRequest(JsonObject json) {
    this.json = json;
  }

  /** espn. */
  public SyncRequest setSource(String source) {
    json.put("source", source);
    return this;
  }

  /** First US/Eastern game date (YYYY-MM-DD), inclusive. */
  public SyncRequest setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** Last date, inclusive. */
  public SyncRequest setTo(String to) {
    json.put("to", to);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
