package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The page of {@code bets} ({@code GET /eval/backtests/{id}/bets}): the strategy's bets in book order.
 */
@DataObject
public final class BetQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public BetQuery() {
    this(new JsonObject());
  }

  public BetQuery(JsonObject json) {
    this.json = json;
  }

  /** 1..500, default 50. */
  public BetQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public BetQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
