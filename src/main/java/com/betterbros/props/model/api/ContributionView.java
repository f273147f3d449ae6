package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One feature of a prediction's explanation (schema {@code Contribution}): the feature, its value
 * in this leg, and its additive contribution on the model's margin scale (rounded to 4 decimals).
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

  /** The feature's value in this leg (rounded to 4 decimals; null when unknown), or the stat type for stat_type. */
  public Object getValue() {
    return json.getValue("value");
  }

  /** The feature's contribution to the margin: TreeSHAP for the tree models, w_i z_i for the logistic one. */
  public double getContribution() {
    return json.getDouble("contribution");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
