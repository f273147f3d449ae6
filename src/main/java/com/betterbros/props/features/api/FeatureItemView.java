package com.betterbros.props.features.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One item of a {@code compute} batch (schema {@code FeatureItem}): a (player, game, stat) and an
 * optional line, validated like a {@code forPlayer} query (a bad field is named {@code items[i].<name>}).
 */
@DataObject
public final class FeatureItemView implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public FeatureItemView() {
    this(new JsonObject());
  }

  public FeatureItemView(JsonObject json) {
    this.json = json;
  }

  /** Required. */
  public FeatureItemView setPlayerId(String playerId) {
    json.put("player_id", playerId);
    return this;
  }

  /** Required. */
  public FeatureItemView setGameId(String gameId) {
    json.put("game_id", gameId);
    return this;
  }

  /** Required; case-insensitive. */
  public FeatureItemView setStatType(String statType) {
    json.put("stat_type", statType);
    return this;
  }

  /** Optional, a finite number >= 0; default the posted prop's line. */
  public FeatureItemView setLine(Double line) {
    json.put("line", line);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
