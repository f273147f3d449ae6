package com.betterbros.props.espn;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on a random loopback port that replays the ESPN fixtures by path, counting
 * requests, their arrival times and how many are open at once. Its behaviour can be replaced per
 * test (errors, silence, slowness). Never touches the network beyond 127.0.0.1.
 */
final class EspnReplayServer {

  /** Request (path and query) to fixture file. */
  static final Map<String, String> ROUTES = Map.of(
      "/scoreboard?dates=20260219", "scoreboard_2026-02-19.json",
      "/summary?event=401810654", "summary_401810654.json",
      "/teams", "teams.json",
      "/teams/9/roster", "roster_9.json",
      "/injuries", "injuries.json");

  private static final Map<String, String> BODIES = Map.copyOf(ROUTES.entrySet().stream()
      .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> EspnFixtures.read(e.getValue()))));

  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger open = new AtomicInteger();
  final AtomicInteger maxOpen = new AtomicInteger();
  final List<Long> arrivalsNanos = new CopyOnWriteArrayList<>();
  final List<String> uris = new CopyOnWriteArrayList<>();
  private final Vertx vertx;
  private volatile Handler<HttpServerRequest> behaviour = this::replay;
  private HttpServer server;

  EspnReplayServer(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Starts listening on a free port. */
  Future<EspnReplayServer> start() {
    return vertx.createHttpServer()
        .requestHandler(this::handle)
        .listen(0, "127.0.0.1")
        .map(s -> {
          server = s;
          return this;
        });
  }

  /** The base URL to give the client. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Replaces what the server does with each request (the n-th request is {@link #requests}). */
  void behave(Handler<HttpServerRequest> handler) {
    behaviour = handler;
  }

  /** Answers from the fixtures, 404 for an unknown path. */
  void replay(HttpServerRequest req) {
    String body = BODIES.get(req.uri());
    if (body == null) {
      answer(req, 404, "{\"code\":404,\"message\":\"Not Found\"}");
    } else {
      answer(req, 200, body);
    }
  }

  /** Ends {@code req} with {@code status} and a JSON body, closing its open count first. */
  void answer(HttpServerRequest req, int status, String body) {
    open.decrementAndGet();
    req.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
  }

  private void handle(HttpServerRequest req) {
    requests.incrementAndGet();
    arrivalsNanos.add(System.nanoTime());
    uris.add(req.uri());
    maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    behaviour.handle(req);
  }
}
