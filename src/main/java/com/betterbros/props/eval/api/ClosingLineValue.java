package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The closing-line value of the picks whose close is known (schema {@code ClosingLineValue}): how many
 * closed in the pick's favour (an over's line went up, an under's down), against it, or unchanged, and the
 * mean move in the pick's favour, in stat units.
 */
@DataObject
public final class ClosingLineValue implements JsonView {

  private final JsonObject json;

  public ClosingLineValue(JsonObject json) {
    this.json = json;
  }

  public int getKnown() {
    return json.getInteger("known");
  }

  public int getFavourable() {
    return json.getInteger("favourable");
  }

  public int getUnfavourable() {
    return json.getInteger("unfavourable");
  }

  public int getUnchanged() {
    return json.getInteger("unchanged");
  }

  public Double getMeanMove() {
    return json.getDouble("mean_move");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
