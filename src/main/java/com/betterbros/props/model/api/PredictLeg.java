package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * An explicit leg of a {@link PredictRequest} (schema {@code PredictLeg}), priced as a standard line:
 * {@code player_id}, {@code game_id}, {@code stat_type} and {@code line} are required. Setting
 * {@code team} or {@code platform} to null unsets it (its default applies).
 */
@DataObject
public final class PredictLeg implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public PredictLeg() {
    this(new JsonObject());
  }

  public PredictLeg(JsonObject json) {
    this.json = json;
  }

  /** The player's team in that game; null unsets it (his current team). */
  public PredictLeg setTeam(String team) {
    if (team == null) {
      json.remove("team");
    } else {
      json.put("team", team);
    }
    return this;
  }

  /** prizepicks or underdog; null unsets it (prizepicks). */
  public PredictLeg setPlatform(String platform) {
    if (platform == null) {
      json.remove("platform");
    } else {
      json.put("platform", platform);
    }
    return this;
  }

  public PredictLeg setPlayerId(String playerId) {
    json.put("player_id", playerId);
    return this;
  }

  public PredictLeg setGameId(String gameId) {
    json.put("game_id", gameId);
    return this;
  }

  public PredictLeg setStatType(String statType) {
    json.put("stat_type", statType);
    return this;
  }

  /** A finite number >= 0. */
  public PredictLeg setLine(Double line) {
    json.put("line", line);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
