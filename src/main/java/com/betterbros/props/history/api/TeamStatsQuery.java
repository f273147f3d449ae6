package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The date range of {@code teamStats} (the {@code GET /history/teams/{id}/stats} query), both
 * optional and inclusive, validated by the history service (400 naming the field).
 */
@DataObject
public final class TeamStatsQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public TeamStatsQuery() {
    this(new JsonObject());
  }

  public TeamStatsQuery(JsonObject json) {
    this.json = json;
  }

  /** YYYY-MM-DD. */
  public TeamStatsQuery setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** YYYY-MM-DD. */
  public TeamStatsQuery setTo(String to) {
    json.put("to", to);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
