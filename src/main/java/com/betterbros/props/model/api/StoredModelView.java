package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A trained model as stored, without its serialized bytes (schema {@code StoredModel}); the JSON is
 * {@link StoredModel}.
 */
@DataObject
public final class StoredModelView implements JsonView {

  private final JsonObject json;

  public StoredModelView(JsonObject json) {
    this.json = json;
  }

  /** The public description of a stored model. */
  public static StoredModelView of(StoredModel model) {
    return new StoredModelView(new JsonObject()
        .put("id", model.id())
        .put("model_type", model.modelType())
        .put("feature_set_version", model.featureSetVersion())
        .put("provenance", model.provenance())
        .put("metrics", model.metrics())
        .put("created_at", model.createdAt().toString())
        .put("production", model.production())
        .put("size_bytes", model.payload().length));
  }

  /** m- + the experiment id. */
  public String getId() {
    return json.getString("id");
  }

  /** xgb_nb_regression, xgb_classifier or logistic_sgd. */
  public String getModelType() {
    return json.getString("model_type");
  }

  public String getFeatureSetVersion() {
    return json.getString("feature_set_version");
  }

  public ModelProvenance getProvenance() {
    JsonObject o = json.getJsonObject("provenance");
    return o == null ? null : new ModelProvenance(o);
  }

  public ModelMetrics getMetrics() {
    JsonObject o = json.getJsonObject("metrics");
    return o == null ? null : new ModelMetrics(o);
  }

  /** ISO-8601 UTC. */
  public String getCreatedAt() {
    return json.getString("created_at");
  }

  public boolean getProduction() {
    return json.getBoolean("production", false);
  }

  /** Size of the serialized model. */
  public long getSizeBytes() {
    return json.getLong("size_bytes");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
