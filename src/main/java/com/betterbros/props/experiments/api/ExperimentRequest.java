package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The body of {@code create} (schema {@code ExperimentRequest}), and an experiment's {@code request}
 * as validated (with every default filled in, {@code from}/{@code to} null when not given). Every
 * field is optional (null or absent = the default); the experiments service validates it (400
 * naming the field, 422 on {@code stat_types}), and a null request means every default.
 */
@DataObject
public final class ExperimentRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public ExperimentRequest() {
    this(new JsonObject());
  }

  public ExperimentRequest(JsonObject json) {
    this.json = json;
  }

  public String getModelType() {
    return json.getString("model_type");
  }

  /** Free-form: hyper-parameter name to a number or a string (see HyperParameters). */
  public JsonObject getHyperParameters() {
    return json.getJsonObject("hyper_parameters");
  }

  public List<String> getStatTypes() {
    JsonArray a = json.getJsonArray("stat_types");
    return a == null ? null : a.stream().map(v -> v == null ? null : String.valueOf(v)).toList();
  }

  public String getFrom() {
    return json.getString("from");
  }

  public String getTo() {
    return json.getString("to");
  }

  public Long getSeed() {
    return json.getLong("seed");
  }

  public Double getHoldoutFraction() {
    return json.getDouble("holdout_fraction");
  }

  public String getSource() {
    return json.getString("source");
  }

  /** xgb_nb_regression (default), xgb_classifier or logistic_sgd; case-insensitive. */
  public ExperimentRequest setModelType(String modelType) {
    json.put("model_type", modelType);
    return this;
  }

  /** Overrides merged over the model type's defaults (free-form: name to number or string). */
  public ExperimentRequest setHyperParameters(JsonObject hyperParameters) {
    json.put("hyper_parameters", hyperParameters);
    return this;
  }

  /** The stat types to train on (default all the models predict). */
  public ExperimentRequest setStatTypes(List<String> statTypes) {
    json.put("stat_types", statTypes == null ? null : new JsonArray(statTypes));
    return this;
  }

  /** First game date, YYYY-MM-DD, inclusive. */
  public ExperimentRequest setFrom(String from) {
    json.put("from", from);
    return this;
  }

  /** Last game date, YYYY-MM-DD, inclusive. */
  public ExperimentRequest setTo(String to) {
    json.put("to", to);
    return this;
  }

  /** Seed of every trainer (default 42). */
  public ExperimentRequest setSeed(Long seed) {
    json.put("seed", seed);
    return this;
  }

  /** Share of the latest game dates held out, 0.05 to 0.5 (default 0.25). */
  public ExperimentRequest setHoldoutFraction(Double holdoutFraction) {
    json.put("holdout_fraction", holdoutFraction);
    return this;
  }

  /** auto (default), props or history. */
  public ExperimentRequest setSource(String source) {
    json.put("source", source);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
