package com.betterbros.props.props.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.props.core.Lifecycle;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A prop as the API shows it (schema {@code Prop}): the bus reply item and the HTTP body alike.
 * Never carries the synthetic season's true probability. Timestamps are ISO-8601 UTC strings; a
 * side's multiplier is null when the side is not offered or the feed does not publish it.
 * {@code status} is the lifecycle status at the instant the view was made ({@link Lifecycle});
 * {@code outcome} {result, actual, settled_at} is there once the prop is settled, null before.
 */
@DataObject
public class PropView implements JsonView {

  protected final JsonObject json;

  public PropView(JsonObject json) {
    this.json = json;
  }

  /** The public form of a stored prop at {@code now}. */
  public static PropView of(Prop prop, Instant now) {
    return new PropView(json(prop, now));
  }

  /** The JSON of a stored prop at {@code now} (for views that add to it). */
  static JsonObject json(Prop prop, Instant now) {
    PropOutcome o = prop.outcome();
    return new JsonObject()
        .put("id", prop.id())
        .put("platform", prop.platform())
        .put("sport", prop.sport())
        .put("player_id", prop.playerId())
        .put("player_name", prop.playerName())
        .put("team", prop.team())
        .put("opponent", prop.opponent())
        .put("game_id", prop.gameId())
        .put("stat_type", prop.statType())
        .put("line", prop.line())
        .put("start_time", prop.startTime().toString())
        .put("status", Lifecycle.status(prop, now))
        .put("outcome", o == null ? null : new JsonObject().put("result", o.result()).put("actual", o.actual())
            .put("settled_at", o.settledAt().toString()))
        .put("odds_type", prop.terms().oddsType())
        .put("sides", prop.terms().sides())
        .put("over_multiplier", prop.terms().overMultiplier())
        .put("under_multiplier", prop.terms().underMultiplier())
        .put("updated_at", prop.updatedAt().toString());
  }

  /** {platform}:{external id}. */
  public String getId() {
    return json.getString("id");
  }

  public String getPlatform() {
    return json.getString("platform");
  }

  public String getSport() {
    return json.getString("sport");
  }

  /** The canonical player id (history's), or the slug of an unmatched player's name. */
  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getPlayerName() {
    return json.getString("player_name");
  }

  public String getTeam() {
    return json.getString("team");
  }

  public String getOpponent() {
    return json.getString("opponent");
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  public String getStatType() {
    return json.getString("stat_type");
  }

  public double getLine() {
    return json.getDouble("line");
  }

  public String getStartTime() {
    return json.getString("start_time");
  }

  /** open, closed or settled. */
  public String getStatus() {
    return json.getString("status");
  }

  /** {result: over|under|push|void, actual, settled_at} once settled, else null. */
  public JsonObject getOutcome() {
    return json.getJsonObject("outcome");
  }

  /** standard, goblin, demon, boosted or discounted. */
  public String getOddsType() {
    return json.getString("odds_type");
  }

  /** both, over or under. */
  public String getSides() {
    return json.getString("sides");
  }

  public Double getOverMultiplier() {
    return json.getDouble("over_multiplier");
  }

  public Double getUnderMultiplier() {
    return json.getDouble("under_multiplier");
  }

  public String getUpdatedAt() {
    return json.getString("updated_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
