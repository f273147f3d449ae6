package com.betterbros.props.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A JWKS endpoint on 127.0.0.1 and a random port that counts its hits and can be switched to
 * serve other keys, to answer 503, or to answer after a delay.
 */
final class JwksServer {

  final AtomicInteger hits = new AtomicInteger();
  final AtomicBoolean down = new AtomicBoolean();
  final AtomicLong delayMs = new AtomicLong();
  private final AtomicReference<JsonObject> body = new AtomicReference<>();
  private HttpServer server;

  /** Starts serving {@code {"keys":[...]}} with the given JWKs. */
  static Future<JwksServer> start(Vertx vertx, JsonObject... keys) {
    JwksServer s = new JwksServer();
    s.serve(keys);
    return vertx
        .createHttpServer()
        .requestHandler(req -> {
          s.hits.incrementAndGet();
          if (s.down.get()) {
            req.response().setStatusCode(503).end("down");
            return;
          }
          String json = s.body.get().encode();
          long delay = s.delayMs.get();
          vertx.setTimer(Math.max(1, delay), t -> req.response()
              .putHeader("Content-Type", "application/json")
              .end(json));
        })
        .listen(0, "127.0.0.1")
        .map(http -> {
          s.server = http;
          return s;
        });
  }

  /** Replaces the served key set. */
  void serve(JsonObject... keys) {
    body.set(new JsonObject().put("keys", new JsonArray(List.of((Object[]) keys))));
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort() + "/.well-known/jwks.json";
  }

  /** A jwks-mode config pointing here. */
  AuthConfig config(Duration minRefresh) {
    return new AuthConfig("jwks", null, url(), null, null, null, minRefresh, null);
  }
}
