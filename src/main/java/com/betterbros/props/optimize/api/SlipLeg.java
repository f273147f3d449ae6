package com.betterbros.props.optimize.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A leg given explicitly: its probability and, for a board, its id, player, team and game.
 */
@DataObject
public final class SlipLeg implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SlipLeg() {
    this(new JsonObject());
  }

  public SlipLeg(JsonObject json) {
    this.json = json;
  }

  public SlipLeg setId(String id) {
    json.put("id", id);
    return this;
  }

  public SlipLeg setP(Double p) {
    json.put("p", p);
    return this;
  }

  public SlipLeg setPlayer(String player) {
    json.put("player", player);
    return this;
  }

  public SlipLeg setTeam(String team) {
    json.put("team", team);
    return this;
  }

  public SlipLeg setGame(String game) {
    json.put("game", game);
    return this;
  }

  /** The side's payout multiplier (boosted or discounted lines); 1 when omitted. */
  public SlipLeg setMultiplier(Double multiplier) {
    json.put("multiplier", multiplier);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
