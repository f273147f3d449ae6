package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One leg of a bet (schema {@code BetLeg}): the side played, the model's p of it, its payout multiplier
 * and per-leg breakeven, and how it settled (won, lost, push, void) with the stat (null when void).
 */
@DataObject
public final class BetLegView implements JsonView {

  private final JsonObject json;

  public BetLegView(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getStatType() {
    return json.getString("stat_type");
  }

  public double getLine() {
    return json.getDouble("line");
  }

  public String getSide() {
    return json.getString("side");
  }

  public double getP() {
    return json.getDouble("p");
  }

  public double getMultiplier() {
    return json.getDouble("multiplier");
  }

  public Double getBreakeven() {
    return json.getDouble("breakeven");
  }

  public String getOutcome() {
    return json.getString("outcome");
  }

  public Double getStat() {
    return json.getDouble("stat");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
