package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One game of a board to tie to history (an item of {@link BoardRequest}): the team and opponent
 * on the US/Eastern date.
 */
@DataObject
public final class BoardGame implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public BoardGame() {
    this(new JsonObject());
  }

  public BoardGame(JsonObject json) {
    this.json = json;
  }

  /** Chosen by the caller; the answer's games map is keyed by it. */
  public BoardGame setKey(String key) {
    json.put("key", key);
    return this;
  }

  public BoardGame setSport(String sport) {
    json.put("sport", sport);
    return this;
  }

  /** YYYY-MM-DD, US/Eastern. */
  public BoardGame setDate(String date) {
    json.put("date", date);
    return this;
  }

  public BoardGame setTeam(String team) {
    json.put("team", team);
    return this;
  }

  public BoardGame setOpponent(String opponent) {
    json.put("opponent", opponent);
    return this;
  }

  /** ISO-8601 instant, when known. */
  public BoardGame setStartTime(String startTime) {
    json.put("start_time", startTime);
    return this;
  }

  /** The platform's game id, when it has one. */
  public BoardGame setExternalId(String externalId) {
    json.put("external_id", externalId);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
