package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The page of {@code backtests} ({@code GET /eval/backtests}).
 */
@DataObject
public final class BacktestListQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public BacktestListQuery() {
    this(new JsonObject());
  }

  public BacktestListQuery(JsonObject json) {
    this.json = json;
  }

  /** 1..500, default 50. */
  public BacktestListQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public BacktestListQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
