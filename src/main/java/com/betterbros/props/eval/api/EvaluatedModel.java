package com.betterbros.props.eval.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The model a report is about (schema {@code EvaluatedModel}): what was asked for, the experiment that
 * trained it and its holdout (the dates after its training, the only ones it is scored on).
 */
@DataObject
public final class EvaluatedModel implements JsonView {

  private final JsonObject json;

  public EvaluatedModel(JsonObject json) {
    this.json = json;
  }

  /** production or the experiment id asked for. */
  public String getRef() {
    return json.getString("ref");
  }

  public String getExperimentId() {
    return json.getString("experiment_id");
  }

  public String getModelId() {
    return json.getString("model_id");
  }

  public String getModelType() {
    return json.getString("model_type");
  }

  public String getHoldoutFrom() {
    return json.getString("holdout_from");
  }

  public String getHoldoutTo() {
    return json.getString("holdout_to");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
