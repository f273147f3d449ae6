package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The same player, stat and game at different lines on PrizePicks and Underdog (an item of {@code SlipDetection.discrepancies}).
 */
@DataObject
public final class Discrepancy implements JsonView {

  private final JsonObject json;

  public Discrepancy(JsonObject json) {
    this.json = json;
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getStatType() {
    return json.getString("stat_type");
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  public LineQuote getPrizepicks() {
    JsonObject o = json.getJsonObject("prizepicks");
    return o == null ? null : new LineQuote(o);
  }

  public LineQuote getUnderdog() {
    JsonObject o = json.getJsonObject("underdog");
    return o == null ? null : new LineQuote(o);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
