package com.betterbros.props.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The baseline of {@code loadtest}: a bare vertx-web server on 127.0.0.1 (one verticle's event
 * loop, like the gateway) answering each route with bytes captured once from the real node:
 * {@code GET /props}, {@code GET /health} and {@code POST /model/predict} (the body is read, then
 * the captured answer sent). No auth, no limits, no bus: what Vert.x alone costs.
 */
final class BareServer {

  private final HttpServer server;

  private BareServer(HttpServer server) {
    this.server = server;
  }

  /** Starts it on a free port with the captured answers. */
  static BareServer start(Vertx vertx, Buffer props, Buffer health, Buffer predict) {
    Router router = Router.router(vertx);
    router.get("/props").handler(ctx -> json(ctx, props));
    router.get("/health").handler(ctx -> json(ctx, health));
    router.post("/model/predict").handler(BodyHandler.create(false).setBodyLimit(1 << 20))
        .handler(ctx -> json(ctx, predict));
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
        .setCompressionSupported(true)).requestHandler(router);
    try {
      return new BareServer(server.listen().toCompletionStage().toCompletableFuture().get());
    } catch (Exception e) {
      throw new IllegalStateException("the bare server did not start", e);
    }
  }

  private static void json(RoutingContext ctx, Buffer bytes) {
    ctx.response().putHeader("Content-Type", "application/json").end(bytes);
  }

  int port() {
    return server.actualPort();
  }

  Future<Void> close() {
    return server.close();
  }
}
