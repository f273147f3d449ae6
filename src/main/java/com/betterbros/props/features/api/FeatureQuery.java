package com.betterbros.props.features.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The query of {@code forPlayer} (the {@code GET /features/players/{id}} query string). Values may
 * also arrive as strings (HTTP sends them so) and are validated by the features service (400
 * naming the field): {@code game_id} and {@code stat_type} are required.
 */
@DataObject
public final class FeatureQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public FeatureQuery() {
    this(new JsonObject());
  }

  public FeatureQuery(JsonObject json) {
    this.json = json;
  }

  /** Required. */
  public FeatureQuery setGameId(String gameId) {
    json.put("game_id", gameId);
    return this;
  }

  /** Required; case-insensitive. */
  public FeatureQuery setStatType(String statType) {
    json.put("stat_type", statType);
    return this;
  }

  /** Optional, a finite number >= 0; default the posted prop's line. */
  public FeatureQuery setLine(Double line) {
    json.put("line", line);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
