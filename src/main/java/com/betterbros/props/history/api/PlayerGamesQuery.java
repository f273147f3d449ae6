package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Filters and page of {@code playerGames} (the {@code GET /history/players/{id}/games} query).
 * Every field is optional; values may also arrive as strings (HTTP sends them so) and are
 * validated by the history service (400 naming the field).
 */
@DataObject
public final class PlayerGamesQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public PlayerGamesQuery() {
    this(new JsonObject());
  }

  public PlayerGamesQuery(JsonObject json) {
    this.json = json;
  }

  /** YYYY-MM-DD, inclusive. */
  public PlayerGamesQuery setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** YYYY-MM-DD, inclusive. */
  public PlayerGamesQuery setTo(String to) {
    json.put("to", to);
    return this;
  }

  /** A comma list of stat columns; default all. */
  public PlayerGamesQuery setStats(String stats) {
    json.put("stats", stats);
    return this;
  }

  /** 1..500, default 50. */
  public PlayerGamesQuery setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public PlayerGamesQuery setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
