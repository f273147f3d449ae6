package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One prop in both compared snapshots (schema {@code PropChange}): its line, P(over) and edge in
 * {@code a} and {@code b} and the moves (b - a; null where either is unknown), and whether the favoured
 * side flipped.
 */
@DataObject
public final class PropChange implements JsonView {

  private final JsonObject json;

  public PropChange(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
  }

  public String getPlayerName() {
    return json.getString("player_name");
  }

  public String getStatType() {
    return json.getString("stat_type");
  }

  public double getLineA() {
    return json.getDouble("line_a");
  }

  public double getLineB() {
    return json.getDouble("line_b");
  }

  public double getLineDelta() {
    return json.getDouble("line_delta");
  }

  public Double getPOverA() {
    return json.getDouble("p_over_a");
  }

  public Double getPOverB() {
    return json.getDouble("p_over_b");
  }

  public Double getPOverDelta() {
    return json.getDouble("p_over_delta");
  }

  public Double getEdgeA() {
    return json.getDouble("edge_a");
  }

  public Double getEdgeB() {
    return json.getDouble("edge_b");
  }

  public Double getEdgeDelta() {
    return json.getDouble("edge_delta");
  }

  public String getSideA() {
    return json.getString("side_a");
  }

  public String getSideB() {
    return json.getString("side_b");
  }

  public boolean getSideFlipped() {
    return json.getBoolean("side_flipped", false);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
