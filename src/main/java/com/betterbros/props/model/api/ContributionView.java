package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One feature's additive contribution to a prediction (schema {@code Contribution}), on the model's
 * margin scale, rounded to 4 decimals.
 */
@DataObject
public final class ContributionView implements JsonView {

  private final JsonObject json;

  public ContributionView(JsonObject json) {
    this.json = json;
  }

  /** A feature name of the feature set, or stat_type (the stat-type indicators together). */
  public String getFeature() {
    return json.getString("feature");
  }

  public double getValue() {
    return json.getDouble("value");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
