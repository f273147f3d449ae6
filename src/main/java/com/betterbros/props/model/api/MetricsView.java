package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * Scores of probability forecasts against a holdout's outcomes (schema {@code Metrics}): a model's,
 * a baseline's, or one side of a promotion's comparison. {@code auc} is null when the holdout has
 * one class only.
 */
@DataObject
public class MetricsView implements JsonView {

  protected final JsonObject json;

  public MetricsView(JsonObject json) {
    this.json = json;
  }

  /** Mean squared error. */
  public double getBrier() {
    return json.getDouble("brier");
  }

  /** Mean negative log-likelihood in nats. */
  public double getLogLoss() {
    return json.getDouble("log_loss");
  }

  /** Expected calibration error over 10 equal-width bins. */
  public double getEce() {
    return json.getDouble("ece");
  }

  /** ROC AUC; null with one class only. */
  public Double getAuc() {
    return json.getDouble("auc");
  }

  /** Holdout rows scored. */
  public int getN() {
    return json.getInteger("n");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
