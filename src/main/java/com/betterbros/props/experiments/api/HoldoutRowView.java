package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.experiments.core.HoldoutRow;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One holdout prediction of an experiment (schema {@code HoldoutRow}): enough to recompute its
 * metrics independently. {@code p_true} is the synthetic season's true probability, null on real data.
 */
@DataObject
public final class HoldoutRowView implements JsonView {

  private final JsonObject json;

  public HoldoutRowView(JsonObject json) {
    this.json = json;
  }

  public static HoldoutRowView of(HoldoutRow row) {
    return new HoldoutRowView(new JsonObject()
        .put("prop_id", row.propId())
        .put("player_id", row.playerId())
        .put("stat_type", row.statType())
        .put("game_date", row.gameDate().toString())
        .put("line", row.line())
        .put("p_over", row.pOver())
        .put("outcome", row.outcome())
        .put("p_true", row.pTrue()));
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

  public String getGameDate() {
    return json.getString("game_date");
  }

  public double getLine() {
    return json.getDouble("line");
  }

  public double getPOver() {
    return json.getDouble("p_over");
  }

  /** 1 when the stat went over the line, else 0. */
  public int getOutcome() {
    return json.getInteger("outcome");
  }

  public Double getPTrue() {
    return json.getDouble("p_true");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
