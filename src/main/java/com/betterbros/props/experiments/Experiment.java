package com.betterbros.props.experiments;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A training experiment owned by {@code userId}: its request, where it is (queued, running,
 * succeeded, failed; progress 0-100), and when succeeded its holdout metrics, the baselines'
 * metrics and the id of the model it produced.
 */
public record Experiment(
    String id,
    String userId,
    String status,
    int progress,
    JsonObject request,
    JsonObject metrics,
    JsonObject baselines,
    String error,
    String modelId,
    Instant createdAt,
    Instant updatedAt) {

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  public Experiment withProgress(String newStatus, int newProgress, Instant at) {
    return new Experiment(id, userId, newStatus, newProgress, request, metrics, baselines, error, modelId,
        createdAt, at);
  }

  public Experiment succeeded(JsonObject newMetrics, JsonObject newBaselines, String newModelId, Instant at) {
    return new Experiment(id, userId, SUCCEEDED, 100, request, newMetrics, newBaselines, null, newModelId,
        createdAt, at);
  }

  public Experiment failed(String reason, Instant at) {
    return new Experiment(id, userId, FAILED, progress, request, null, null, reason, null, createdAt, at);
  }

}
