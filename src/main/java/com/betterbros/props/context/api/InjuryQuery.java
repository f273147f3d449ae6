package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Filters of {@code injuries} (the {@code GET /context/injuries} query). Both optional; validated by
 * the context service (400 naming the field).
 */
@DataObject
public final class InjuryQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public InjuryQuery() {
    this(new JsonObject());
  }

  public InjuryQuery(JsonObject json) {
    this.json = json;
  }

  /** A team id (any case). */
  public InjuryQuery setTeam(String team) {
    json.put("team", team);
    return this;
  }

  /** YYYY-MM-DD: the spells covering it. */
  public InjuryQuery setDate(String date) {
    json.put("date", date);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
