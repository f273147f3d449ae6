package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What {@code playerSplits} averages (the {@code GET /history/players/{id}/splits} query). Every
 * field is optional and validated by the history service (400 naming the field).
 */
@DataObject
public final class PlayerSplitsQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public PlayerSplitsQuery() {
    this(new JsonObject());
  }

  public PlayerSplitsQuery(JsonObject json) {
    this.json = json;
  }

  /** A comma list of stat columns; default points,rebounds,assists,threes,pts_rebs_asts,minutes. */
  public PlayerSplitsQuery setStatTypes(String statTypes) {
    json.put("stat_types", statTypes);
    return this;
  }

  /** YYYY-MM-DD, exclusive: only games before it. */
  public PlayerSplitsQuery setBefore(String before) {
    json.put("before", before);
    return this;
  }

  /** A comma list of window sizes 1..82; default 5,10,20. */
  public PlayerSplitsQuery setLastN(String lastN) {
    json.put("last_n", lastN);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
