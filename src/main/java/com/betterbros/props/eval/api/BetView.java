package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One bet of a backtest (schema {@code Bet}): enough to recompute the book. {@code payout} is what it
 * returned, the stake included; {@code won} is payout > stake.
 */
@DataObject
public final class BetView implements JsonView {

  private final JsonObject json;

  public BetView(JsonObject json) {
    this.json = json;
  }

  public String getDate() {
    return json.getString("date");
  }

  public int getSeq() {
    return json.getInteger("seq");
  }

  /** single or slip. */
  public String getKind() {
    return json.getString("kind");
  }

  public String getPlatform() {
    return json.getString("platform");
  }

  /** The slip's payout table mode; null for a single. */
  public String getMode() {
    return json.getString("mode");
  }

  public List<BetLegView> getLegs() {
    JsonArray a = json.getJsonArray("legs");
    return a == null ? null : a.stream().map(o -> new BetLegView((JsonObject) o)).toList();
  }

  /** The probability the model gave the bet winning in full (a slip: every leg, under correlation). */
  public double getP() {
    return json.getDouble("p");
  }

  public double getEv() {
    return json.getDouble("ev");
  }

  /** The bet's full Kelly fraction. */
  public double getKelly() {
    return json.getDouble("kelly");
  }

  public double getStake() {
    return json.getDouble("stake");
  }

  public double getPayout() {
    return json.getDouble("payout");
  }

  public boolean getWon() {
    return json.getBoolean("won", false);
  }

  /** Legs left after pushes and voids; 0 when refunded. */
  public int getSettledSize() {
    return json.getInteger("settled_size");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
