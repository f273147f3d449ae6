package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.model.api.MetricsView;
import com.betterbros.props.model.api.ModelMetrics;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A training experiment (schema {@code Experiment}), the reply of {@code get} and an item of
 * {@code list}. {@code metrics}, {@code baselines} and {@code model_id} are null until it succeeded;
 * {@code error} is null unless it failed.
 */
@DataObject
public final class ExperimentView implements JsonView {

  private final JsonObject json;

  public ExperimentView(JsonObject json) {
    this.json = json;
  }

  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  /** queued, running, succeeded or failed. */
  public String getStatus() {
    return json.getString("status");
  }

  /** 0 to 100; 100 once succeeded, a failed one keeps its last value. */
  public int getProgress() {
    return json.getInteger("progress");
  }

  /** The request as validated, with the defaults filled in. */
  public ExperimentRequest getRequest() {
    JsonObject o = json.getJsonObject("request");
    return o == null ? null : new ExperimentRequest(o);
  }

  /** The model's holdout scores with tails; null until succeeded. */
  public ModelMetrics getMetrics() {
    JsonObject o = json.getJsonObject("metrics");
    return o == null ? null : new ModelMetrics(o);
  }

  /** The holdout scored by each baseline (line_implied, rolling_hit_rate, season_hit_rate, poisson_season_mean, and oracle_p_true on synthetic data); null until succeeded. */
  public java.util.Map<String, MetricsView> getBaselines() {
    JsonObject o = json.getJsonObject("baselines");
    if (o == null) {
      return null;
    }
    java.util.Map<String, MetricsView> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : new MetricsView((JsonObject) e.getValue()));
    }
    return out;
  }

  /** Why it failed; null otherwise. */
  public String getError() {
    return json.getString("error");
  }

  /** The model it produced; null until succeeded. */
  public String getModelId() {
    return json.getString("model_id");
  }

  /** ISO-8601 UTC. */
  public String getCreatedAt() {
    return json.getString("created_at");
  }

  /** ISO-8601 UTC. */
  public String getUpdatedAt() {
    return json.getString("updated_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
