package com.betterbros.props.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Small helpers shared by every XxxRoutes: query to JSON, and replying with a service's future. */
public final class Requests {

  private Requests() {}

  /** The query string as a JSON object of strings (a repeated parameter keeps its last value). */
  public static JsonObject query(RoutingContext ctx) {
    JsonObject q = new JsonObject();
    ctx.queryParams().forEach(e -> q.put(e.getKey(), e.getValue()));
    return q;
  }

  /** Ends the request with 200 and the JSON, or fails it into the error handler. */
  public static void reply(RoutingContext ctx, Future<JsonObject> result) {
    reply(ctx, 200, result);
  }

  public static void reply(RoutingContext ctx, int status, Future<JsonObject> result) {
    result.onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response()
            .setStatusCode(status)
            .putHeader("Content-Type", "application/json")
            .end(ar.result().encode());
      } else {
        ctx.fail(ar.cause());
      }
    });
  }
}
