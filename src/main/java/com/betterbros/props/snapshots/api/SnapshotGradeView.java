package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A snapshot scored against outcomes (schema {@code SnapshotGrade}): counts by outcome, the Brier score of
 * P(over) over the settled legs, and the recommended legs' hit rate and ROI (1 unit each, a win
 * returning 1 / breakeven, a push or void its stake; see docs). Rates are null before anything settles.
 */
@DataObject
public final class SnapshotGradeView implements JsonView {

  private final JsonObject json;

  public SnapshotGradeView(JsonObject json) {
    this.json = json;
  }

  public String getGradedAt() {
    return json.getString("graded_at");
  }

  public int getItems() {
    return json.getInteger("items");
  }

  public int getSettled() {
    return json.getInteger("settled");
  }

  public int getPushes() {
    return json.getInteger("pushes");
  }

  public int getVoids() {
    return json.getInteger("voids");
  }

  public int getPending() {
    return json.getInteger("pending");
  }

  public int getRecommended() {
    return json.getInteger("recommended");
  }

  public int getRecommendedSettled() {
    return json.getInteger("recommended_settled");
  }

  public int getRecommendedWon() {
    return json.getInteger("recommended_won");
  }

  public double getStaked() {
    return json.getDouble("staked");
  }

  public double getReturned() {
    return json.getDouble("returned");
  }

  public Double getHitRate() {
    return json.getDouble("hit_rate");
  }

  public Double getBrier() {
    return json.getDouble("brier");
  }

  public Double getRoi() {
    return json.getDouble("roi");
  }

  public List<GradedLegView> getLegs() {
    JsonArray a = json.getJsonArray("legs");
    return a == null ? null : a.stream().map(o -> new GradedLegView((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
