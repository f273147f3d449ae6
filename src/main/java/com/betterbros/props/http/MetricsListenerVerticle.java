package com.betterbros.props.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;

/**
 * The metrics-only listener ({@code http.metrics_port}): {@code GET /metrics} (the node's Prometheus
 * registry, as the gateway serves it) and {@code GET /health} (the node's own probe: roles, store,
 * cache, cluster), no token, nothing else. It lets an operator scrape every node, gateway or not; it
 * binds {@code http.metrics_host}, loopback unless configured otherwise.
 */
public final class MetricsListenerVerticle extends VerticleBase {

  private final HttpConfig http;
  private final PrometheusMeterRegistry registry;
  private final HealthProbe health;
  private HttpServer server;

  /** Serves {@code registry} and {@code health} on {@code http.metricsHost():http.metricsPort()}. */
  public MetricsListenerVerticle(HttpConfig http, PrometheusMeterRegistry registry, HealthProbe health) {
    this.http = http;
    this.registry = registry;
    this.health = health;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    router.get("/health").handler(ctx -> health.report().onComplete(ar -> {
      int status = ar.succeeded() && !"down".equals(ar.result().getString("status")) ? 200 : 503;
      ErrorResponses.send(ctx, status, ar.succeeded() ? ar.result()
          : ErrorResponses.error("service_unavailable", "health probe failed"));
    }));
    ErrorResponses errors = new ErrorResponses(false);
    router.route().failureHandler(errors::handle);
    for (int status : new int[] {404, 405}) {
      router.errorHandler(status, errors::handle);
    }
    server = vertx.createHttpServer();
    return server.requestHandler(router).listen(http.metricsPort(), http.metricsHost());
  }

  /** The port bound. */
  public int port() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
