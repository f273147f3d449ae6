package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The counts of a comparison (schema {@code SnapshotChangeCounts}); a P(over) move counts from 0.01.
 */
@DataObject
public final class SnapshotChangeCounts implements JsonView {

  private final JsonObject json;

  public SnapshotChangeCounts(JsonObject json) {
    this.json = json;
  }

  public int getCommon() {
    return json.getInteger("common");
  }

  public int getAdded() {
    return json.getInteger("added");
  }

  public int getRemoved() {
    return json.getInteger("removed");
  }

  public int getLineMoved() {
    return json.getInteger("line_moved");
  }

  public int getPMoved() {
    return json.getInteger("p_moved");
  }

  public int getSideFlipped() {
    return json.getInteger("side_flipped");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
