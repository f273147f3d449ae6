package com.betterbros.props.props.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Filters and page of {@code list} (the {@code GET /props} query). Every field is optional; values
 * may also arrive as strings (HTTP sends them so) and are validated by the props service (400
 * naming the field). {@code from}/{@code to} are ISO instants or dates ({@code to} exclusive, a
 * date covers its whole day).
 */
@DataObject
public final class PropFilter implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public PropFilter() {
    this(new JsonObject());
  }

  public PropFilter(JsonObject json) {
    this.json = json;
  }

  /** prizepicks or underdog. */
  public PropFilter setPlatform(String platform) {
    json.put("platform", platform);
    return this;
  }

  public PropFilter setSport(String sport) {
    json.put("sport", sport);
    return this;
  }

  public PropFilter setStatType(String statType) {
    json.put("stat_type", statType);
    return this;
  }

  /** A player id. */
  public PropFilter setPlayer(String player) {
    json.put("player", player);
    return this;
  }

  public PropFilter setTeam(String team) {
    json.put("team", team);
    return this;
  }

  public PropFilter setGameId(String gameId) {
    json.put("game_id", gameId);
    return this;
  }

  public PropFilter setFrom(String from) {
    json.put("from", from);
    return this;
  }

  public PropFilter setTo(String to) {
    json.put("to", to);
    return this;
  }

  /** The lifecycle status: open, closed or settled. */
  public PropFilter setStatus(String status) {
    json.put("status", status);
    return this;
  }

  /** upcoming (default), start_time, -start_time, line, -line or player. */
  public PropFilter setSort(String sort) {
    json.put("sort", sort);
    return this;
  }

  public PropFilter setOddsType(String oddsType) {
    json.put("odds_type", oddsType);
    return this;
  }

  /** 1..500, default 50. */
  public PropFilter setLimit(Integer limit) {
    json.put("limit", limit);
    return this;
  }

  /** Default 0. */
  public PropFilter setOffset(Integer offset) {
    json.put("offset", offset);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
