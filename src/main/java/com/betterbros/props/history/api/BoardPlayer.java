package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One player of a board to tie to history (an item of {@link BoardRequest}).
 */
@DataObject
public final class BoardPlayer implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public BoardPlayer() {
    this(new JsonObject());
  }

  public BoardPlayer(JsonObject json) {
    this.json = json;
  }

  /** Chosen by the caller; the answer's players map is keyed by it. */
  public BoardPlayer setKey(String key) {
    json.put("key", key);
    return this;
  }

  /** The platform's player id, when it has one. */
  public BoardPlayer setExternalId(String externalId) {
    json.put("external_id", externalId);
    return this;
  }

  /** As the board writes it. */
  public BoardPlayer setName(String name) {
    json.put("name", name);
    return this;
  }

  /** The team code the board gives, or null. */
  public BoardPlayer setTeam(String team) {
    json.put("team", team);
    return this;
  }

  /** The board's US/Eastern date (YYYY-MM-DD). */
  public BoardPlayer setDate(String date) {
    json.put("date", date);
    return this;
  }

  /** How many of the board's props name him (default 1). */
  public BoardPlayer setProps(Integer props) {
    json.put("props", props);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
