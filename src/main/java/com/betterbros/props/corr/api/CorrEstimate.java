package com.betterbros.props.corr.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One pair's correlation estimate (schema {@code CorrEstimate}), rounded to 6 decimals: {@code rho}
 * shrunk toward the relation's prior and oriented for the sides; {@code sample} null when
 * {@code n} < 3, {@code p_value} null when {@code n} <= 3 or |sample| = 1.
 */
@DataObject
public class CorrEstimate implements JsonView {

  protected final JsonObject json;

  public CorrEstimate(JsonObject json) {
    this.json = json;
  }

  /** The correlation used (positive = the legs tend to win together). */
  public double getRho() {
    return json.getDouble("rho");
  }

  /** Pearson r of the residuals over the shared games, over/over; null when n < 3. */
  public Double getSample() {
    return json.getDouble("sample");
  }

  /** Shared games with a residual for both players (0 for different games). */
  public int getN() {
    return json.getInteger("n");
  }

  /** Two-sided Fisher-z p-value of sample; null when n <= 3 or |sample| = 1. */
  public Double getPValue() {
    return json.getDouble("p_value");
  }

  /** same_player_combo, same_player, teammates_points_assists, teammates, opponents or different_games. */
  public String getRelation() {
    return json.getString("relation");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
