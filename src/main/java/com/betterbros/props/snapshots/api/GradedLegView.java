package com.betterbros.props.snapshots.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * How one item settled (schema {@code GradedLeg}): over, under, push, void (the player did not play) or
 * pending (the game is not final, or the player is not in the history); the player's stat once final.
 */
@DataObject
public final class GradedLegView implements JsonView {

  private final JsonObject json;

  public GradedLegView(JsonObject json) {
    this.json = json;
  }

  public String getPropId() {
    return json.getString("prop_id");
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
