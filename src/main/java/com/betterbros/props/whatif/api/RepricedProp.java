package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One affected prop before and after a scenario: ids, stat and line; the model's P(over), the side
 * it favours, that side's p and edge, the projected mean (null for classifiers), the projected
 * minutes and per-minute rate fed to the model, old and new; {@code status} repriced, or void
 * (the player is out: the platform voids the leg; new values null).
 */
@DataObject
public final class RepricedProp implements JsonView {

  private final JsonObject json;

  public RepricedProp(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getPlayerName() {
    return json.getString("player_name");
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

  public String getStatus() {
    return json.getString("status");
  }

  public double getOldPOver() {
    return json.getDouble("old_p_over");
  }

  public Double getNewPOver() {
    return json.getDouble("new_p_over");
  }

  public String getOldSide() {
    return json.getString("old_side");
  }

  public String getNewSide() {
    return json.getString("new_side");
  }

  public double getOldP() {
    return json.getDouble("old_p");
  }

  public Double getNewP() {
    return json.getDouble("new_p");
  }

  public Double getOldEdge() {
    return json.getDouble("old_edge");
  }

  public Double getNewEdge() {
    return json.getDouble("new_edge");
  }

  public Double getOldProjectedMean() {
    return json.getDouble("old_projected_mean");
  }

  public Double getNewProjectedMean() {
    return json.getDouble("new_projected_mean");
  }

  public double getOldMinutes() {
    return json.getDouble("old_minutes");
  }

  public Double getNewMinutes() {
    return json.getDouble("new_minutes");
  }

  public double getOldRatePerMin() {
    return json.getDouble("old_rate_per_min");
  }

  public Double getNewRatePerMin() {
    return json.getDouble("new_rate_per_min");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
