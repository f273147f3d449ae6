package com.betterbros.props.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** What {@code GET /health} reports: the node's own probe of its store, cache, cluster and model. */
@FunctionalInterface
public interface HealthProbe {

  /** The report; its {@code status} "down" answers 503, anything else 200. */
  Future<JsonObject> report();
}
