package com.betterbros.props.jobs;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A long task of any kind (a history import, a sync; later backtests) owned by {@code userId}:
 * its kind and request, where it is (queued, running, succeeded, failed; progress 0-100), and
 * when it ends its result or error.
 */
public record Job(
    String id,
    String userId,
    String kind,
    String status,
    int progress,
    JsonObject request,
    JsonObject result,
    String error,
    Instant createdAt,
    Instant updatedAt) {

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  public boolean finished() {
    return SUCCEEDED.equals(status) || FAILED.equals(status);
  }

  public Job running(int newProgress, Instant at) {
    return new Job(id, userId, kind, RUNNING, Math.max(0, Math.min(99, newProgress)), request, result, null,
        createdAt, at);
  }

  public Job succeeded(JsonObject newResult, Instant at) {
    return new Job(id, userId, kind, SUCCEEDED, 100, request, newResult, null, createdAt, at);
  }

  public Job failed(String reason, JsonObject partial, Instant at) {
    return new Job(id, userId, kind, FAILED, progress, request, partial, reason, createdAt, at);
  }

}
