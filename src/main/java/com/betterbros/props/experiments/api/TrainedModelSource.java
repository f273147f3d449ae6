package com.betterbros.props.experiments.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * A trained model with how it was trained, in-process: the eval domain's backtests retrain its
 * recipe (model type, hyper-parameters, stat types, example source, seed: its {@code provenance})
 * or run the model itself ({@code payload}, a serialised {@code PropModel}). The experiments
 * repository and the model registry hold them; {@code app} hands this port over.
 */
public interface TrainedModelSource {

  /** A model with its experiment and the provenance its training recorded. */
  record TrainedModel(String experimentId, String modelId, String modelType, JsonObject provenance,
      byte[] payload) {}

  /**
   * The model of {@code model}: {@code "production"} (whoever trained it) or the id of one of
   * {@code userId}'s experiments. Fails as {@link HoldoutSource#holdout} does: 404 for an unknown
   * experiment, another user's, or no production model; 409 for one that has not succeeded.
   */
  Future<TrainedModel> trained(String userId, String model);
}
