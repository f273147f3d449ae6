package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.model.api.MetricsView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The candidate scored beside the production model on the candidate's holdout (schema
 * {@code PromotionComparison}); also the {@code comparison} of a refused promotion's 409
 * ({@code debugInfo}). Without a production model, or when the candidate already serves, it is
 * only {@code metric}, {@code comparable} false, {@code reason} and {@code forced}: the other
 * getters then answer null. {@code candidate}, {@code production} and {@code verdict} are present
 * only when comparable; {@code refusal} only in a 409.
 */
@DataObject
public final class PromotionComparison implements JsonView {

  private final JsonObject json;

  public PromotionComparison(JsonObject json) {
    this.json = json;
  }

  /** The deciding metric: brier. */
  public String getMetric() {
    return json.getString("metric");
  }

  /** Whether both were scored fairly on the same rows. */
  public boolean getComparable() {
    return json.getBoolean("comparable", false);
  }

  /** Holdout rows both models priced (0 when not comparable). */
  public Integer getRows() {
    return json.getInteger("rows");
  }

  public String getCandidateModel() {
    return json.getString("candidate_model");
  }

  public String getProductionModel() {
    return json.getString("production_model");
  }

  /** Why there is no comparison. */
  public String getReason() {
    return json.getString("reason");
  }

  /** The candidate's scores on those rows. */
  public MetricsView getCandidate() {
    JsonObject o = json.getJsonObject("candidate");
    return o == null ? null : new MetricsView(o);
  }

  /** The production model's scores on those rows. */
  public MetricsView getProduction() {
    JsonObject o = json.getJsonObject("production");
    return o == null ? null : new MetricsView(o);
  }

  /** candidate_worse or candidate_not_worse. */
  public String getVerdict() {
    return json.getString("verdict");
  }

  /** Only in a 409's comparison: the sentence of the error's message. */
  public String getRefusal() {
    return json.getString("refusal");
  }

  /** The force parameter. */
  public boolean getForced() {
    return json.getBoolean("forced", false);
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
