package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What {@code live} reports on (the {@code GET /eval/live} query): game dates, inclusive (US/Eastern), and
 * the rolling window. Values may arrive as strings; 400 naming a bad one.
 */
@DataObject
public final class LiveQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public LiveQuery() {
    this(new JsonObject());
  }

  public LiveQuery(JsonObject json) {
    this.json = json;
  }

  /** First game date, YYYY-MM-DD; default 29 days before to. */
  public LiveQuery setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** Last game date; default today (UTC). */
  public LiveQuery setTo(String to) {
    json.put("to", to);
    return this;
  }

  /** Days of the rolling hit rate and ROI, 1..60, default 7. */
  public LiveQuery setWindow(Integer window) {
    json.put("window", window);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
