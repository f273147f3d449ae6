package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Where a stored model came from (the {@code provenance} of schema {@code StoredModel}). A field the
 * model's trainer did not record is null; {@code train_from} is null without training rows.
 */
@DataObject
public final class ModelProvenance implements JsonView {

  private final JsonObject json;

  public ModelProvenance(JsonObject json) {
    this.json = json;
  }

  public String getModelType() {
    return json.getString("model_type");
  }

  public String getFeatureSetVersion() {
    return json.getString("feature_set_version");
  }

  /** Where the examples came from: props or history (auto settled). */
  public String getSource() {
    return json.getString("source");
  }

  public Long getSeed() {
    return json.getLong("seed");
  }

  /** The hyper-parameters trained with, free-form: name to number or string (calibration auto settled). */
  public JsonObject getHyperParameters() {
    return json.getJsonObject("hyper_parameters");
  }

  public Integer getTrainRows() {
    return json.getInteger("train_rows");
  }

  /** YYYY-MM-DD. */
  public String getTrainFrom() {
    return json.getString("train_from");
  }

  /** YYYY-MM-DD, the day before holdout_from. */
  public String getTrainTo() {
    return json.getString("train_to");
  }

  /** YYYY-MM-DD. */
  public String getHoldoutFrom() {
    return json.getString("holdout_from");
  }

  /** YYYY-MM-DD. */
  public String getHoldoutTo() {
    return json.getString("holdout_to");
  }

  public List<String> getStatTypes() {
    JsonArray a = json.getJsonArray("stat_types");
    return a == null ? null : a.stream().map(String.class::cast).toList();
  }

  public String getExperimentId() {
    return json.getString("experiment_id");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
