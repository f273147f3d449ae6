package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The date of {@code team} (the {@code GET /context/teams/{id}} query): optional, validated by the
 * context service (400 date); default the day after the team's latest final game.
 */
@DataObject
public final class TeamContextQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public TeamContextQuery() {
    this(new JsonObject());
  }

  public TeamContextQuery(JsonObject json) {
    this.json = json;
  }

  /** YYYY-MM-DD. */
  public TeamContextQuery setDate(String date) {
    json.put("date", date);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
