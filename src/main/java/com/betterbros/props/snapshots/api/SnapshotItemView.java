package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.snapshots.core.SnapshotItem;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One prop of a snapshot as it stood when taken (schema {@code SnapshotItem}): the prop and the
 * production model's prediction then; {@code error} (no probabilities) when the model could not price
 * it, {@code breakeven} and {@code edge} null when the platform does not publish the line's payout.
 */
@DataObject
public final class SnapshotItemView implements JsonView {

  private final JsonObject json;

  public SnapshotItemView(JsonObject json) {
    this.json = json;
  }

  public static SnapshotItemView of(SnapshotItem i) {
    return new SnapshotItemView(new JsonObject()
        .put("prop_id", i.propId())
        .put("platform", i.platform())
        .put("player_id", i.playerId())
        .put("player_name", i.playerName())
        .put("team", i.team())
        .put("opponent", i.opponent())
        .put("game_id", i.gameId())
        .put("stat_type", i.statType())
        .put("line", i.line())
        .put("start_time", i.startTime() == null ? null : i.startTime().toString())
        .put("odds_type", i.oddsType())
        .put("p_over", i.pOver())
        .put("p_under", i.pUnder())
        .put("side", i.side())
        .put("breakeven", i.breakeven())
        .put("edge", i.edge())
        .put("projected_mean", i.projectedMean())
        .put("error", i.error()));
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public String getPlatform() {
    return json.getString("platform");
  }

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

  public String getOddsType() {
    return json.getString("odds_type");
  }

  public Double getPOver() {
    return json.getDouble("p_over");
  }

  public Double getPUnder() {
    return json.getDouble("p_under");
  }

  /** The side the model favoured: over or under. */
  public String getSide() {
    return json.getString("side");
  }

  public Double getBreakeven() {
    return json.getDouble("breakeven");
  }

  public Double getEdge() {
    return json.getDouble("edge");
  }

  public Double getProjectedMean() {
    return json.getDouble("projected_mean");
  }

  public String getError() {
    return json.getString("error");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
