package com.betterbros.props.http;

import com.betterbros.props.bus.JsonView;
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

  /** The body as a JSON object; a missing or non-object body is a 400 naming "body". */
  public static JsonObject jsonBody(RoutingContext ctx) {
    try {
      Object parsed = ctx.body().buffer() == null ? null : io.vertx.core.json.Json.decodeValue(ctx.body().buffer());
      if (parsed instanceof JsonObject json) {
        return json;
      }
    } catch (io.vertx.core.json.DecodeException e) {
      throw HttpProblem.badRequest("body", "the body is not valid JSON: " + e.getMessage());
    }
    throw HttpProblem.badRequest("body", "the body must be a JSON object");
  }

  /** Like {@link #jsonBody} but an empty body is an empty object. */
  public static JsonObject optionalJsonBody(RoutingContext ctx) {
    if (ctx.body().buffer() == null || ctx.body().buffer().length() == 0) {
      return new JsonObject();
    }
    return jsonBody(ctx);
  }

  /**
   * Ends the request with 200 and the reply's JSON (a contract type's wire form, or a JSON object),
   * or fails it into the error handler.
   */
  public static void reply(RoutingContext ctx, Future<?> result) {
    reply(ctx, 200, result);
  }

  public static void reply(RoutingContext ctx, int status, Future<?> result) {
    result.onComplete(ar -> {
      if (ar.succeeded()) {
        Object body = ar.result();
        ctx.response()
            .setStatusCode(status)
            .putHeader("Content-Type", "application/json")
            .end((body instanceof JsonView view ? view.toJson() : (JsonObject) body).encode());
      } else {
        ctx.fail(ar.cause());
      }
    });
  }
}
