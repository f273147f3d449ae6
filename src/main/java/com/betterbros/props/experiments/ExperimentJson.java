package com.betterbros.props.experiments;

import io.vertx.core.json.JsonObject;

/**
 * The wire form of a stored {@link Experiment} (schema {@code Experiment}, with its owner's {@code
 * user_id}).
 */
final class ExperimentJson {

  private ExperimentJson() {}

  static JsonObject of(Experiment e) {
    return new JsonObject()
        .put("id", e.id())
        .put("user_id", e.userId())
        .put("status", e.status())
        .put("progress", e.progress())
        .put("request", e.request())
        .put("metrics", e.metrics())
        .put("baselines", e.baselines())
        .put("error", e.error())
        .put("model_id", e.modelId())
        .put("created_at", e.createdAt().toString())
        .put("updated_at", e.updatedAt().toString());
  }
}
