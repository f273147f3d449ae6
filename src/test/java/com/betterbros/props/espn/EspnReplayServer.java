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
 * test (errors, silence, slowness). Never touches the network beyond 127.0.0.1. Public for the
 * history sync tests, which replay their own set of routes.
 */
public final class EspnReplayServer {

  /** Request (path and query) to fixture file. */
  static final Map<String, String> ROUTES = Map.of(
      "/scoreboard?dates=20260219", "scoreboard_2026-02-19.json",
      "/summary?event=401810654", "summary_401810654.json",
      "/teams", "teams.json",
      "/teams/9/roster", "roster_9.json",
      "/injuries", "injuries.json");

  public final AtomicInteger requests = new AtomicInteger();
  public final AtomicInteger open = new AtomicInteger();
  public final AtomicInteger maxOpen = new AtomicInteger();
  public final List<Long> arrivalsNanos = new CopyOnWriteArrayList<>();
  public final List<String> uris = new CopyOnWriteArrayList<>();
  private final Vertx vertx;
  private final Map<String, String> bodies;
  private volatile Handler<HttpServerRequest> behaviour = this::replay;
  private HttpServer server;

  /** A server replaying {@link #ROUTES}. */
  EspnReplayServer(Vertx vertx) {
    this(vertx, ROUTES);
  }

  /** A server replaying {@code routes}: request (path and query) to fixture file under espn/. */
  public EspnReplayServer(Vertx vertx, Map<String, String> routes) {
    this.vertx = vertx;
    this.bodies = Map.copyOf(routes.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> EspnFixtures.read(e.getValue()))));
  }

  /** Starts listening on a free port. */
  public Future<EspnReplayServer> start() {
    return vertx.createHttpServer()
        .requestHandler(this::handle)
        .listen(0, "127.0.0.1")
        .map(s -> {
          server = s;
          return this;
        });
  }

  /** The base URL to give the client. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** Replaces what the server does with each request (the n-th request is {@link #requests}). */
  public void behave(Handler<HttpServerRequest> handler) {
    behaviour = handler;
  }

  /** Answers from the fixtures, 404 for an unknown path. */
  public void replay(HttpServerRequest req) {
    String body = bodies.get(req.uri());
    if (body == null) {
      answer(req, 404, "{\"code\":404,\"message\":\"Not Found\"}");
    } else {
      answer(req, 200, body);
    }
  }

  /** Ends {@code req} with {@code status} and a JSON body, closing its open count first. */
  public void answer(HttpServerRequest req, int status, String body) {
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
