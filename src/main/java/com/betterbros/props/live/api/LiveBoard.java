package com.betterbros.props.live.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The board as the live feed last published it ({@code LiveService.board}): {@code seq} of its last
 * event, {@code edges} (each {prop_id, platform, player_id, player_name, team, game_id, stat_type,
 * line, side, p, breakeven, edge, start_time, model_version}) and {@code slips} (platform to its best
 * slip {platform, mode, size, p_all, ev, legs}), and {@code computations}: how many times the
 * cluster has computed the board since it started.
 */
@DataObject
public final class LiveBoard implements JsonView {

  private final JsonObject json;

  public LiveBoard(JsonObject json) {
    this.json = json;
  }

  public long getSeq() {
    return json.getLong("seq");
  }

  public long getComputations() {
    return json.getLong("computations", 0L);
  }

  public JsonArray getEdges() {
    return json.getJsonArray("edges");
  }

  public JsonObject getSlips() {
    return json.getJsonObject("slips");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
