package com.betterbros.props.jobs;

import io.vertx.core.json.JsonObject;

/** The wire form of a stored {@link Job} (schema {@code Job}, with its owner's {@code user_id}). */
final class JobJson {

  private JobJson() {}

  static JsonObject of(Job job) {
    return new JsonObject()
        .put("id", job.id())
        .put("user_id", job.userId())
        .put("kind", job.kind())
        .put("status", job.status())
        .put("progress", job.progress())
        .put("request", job.request())
        .put("result", job.result())
        .put("error", job.error())
        .put("created_at", job.createdAt().toString())
        .put("updated_at", job.updatedAt().toString());
  }
}
