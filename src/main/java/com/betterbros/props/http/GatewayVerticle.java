package com.betterbros.props.http;

import com.betterbros.props.auth.AccountLookup;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.auth.ApiKeyLookup;
import com.betterbros.props.auth.AuthConfig;
import com.betterbros.props.auth.TokenVerifier;
import com.betterbros.props.ratelimit.RateLimiter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The HTTP gateway: auth, limits, CORS, the query parameters openapi.yaml declares, errors, health,
 * metrics, and one sub-router per domain.
 * It knows no domain: {@code app} hands it each domain's {@link RouteMount}, whose routes send to
 * the domain's event-bus address through its proxy.
 */
public final class GatewayVerticle extends VerticleBase {

  private final HttpConfig http;
  private final AuthConfig auth;
  private final String devSecret;
  private final Duration busTimeout;
  private final HealthProbe health;
  private final PrometheusMeterRegistry registry;
  private final List<RouteMount> domains;
  private final RateLimiter limiter;
  private final BiFunction<Vertx, DeliveryOptions, ApiKeyLookup> apiKeys;
  private final BiFunction<Vertx, DeliveryOptions, AccountLookup> accounts;
  private HttpServer server;

  /**
   * {@code domains}: each domain's routes, mounted in this order behind authentication, the rate
   * limits of {@code limiter} and the body limits; {@code apiKeys}: builds the access-key lookup on
   * this verticle's Vert.x with the bus timeout (null: only JWTs are accepted); {@code accounts}:
   * builds the check of each caller's account the same way (null: no account check).
   */
  public GatewayVerticle(HttpConfig http, AuthConfig auth, String devSecret, Duration busTimeout,
      HealthProbe health, PrometheusMeterRegistry registry, List<RouteMount> domains, RateLimiter limiter,
      BiFunction<Vertx, DeliveryOptions, ApiKeyLookup> apiKeys,
      BiFunction<Vertx, DeliveryOptions, AccountLookup> accounts) {
    this.domains = List.copyOf(domains);
    this.limiter = limiter;
    this.apiKeys = apiKeys;
    this.accounts = accounts;
    this.http = http;
    this.auth = auth;
    this.devSecret = devSecret;
    this.busTimeout = busTimeout;
    this.health = health;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    return limiter.warmUp().compose(v -> TokenVerifier.create(vertx, auth, devSecret)).compose(verifier -> {
      DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
      Router router = router(new AuthHandler(verifier, apiKeys == null ? null : apiKeys.apply(vertx, bus),
          http.maxTokenBytes()), new AccountHandler(accounts == null ? null : accounts.apply(vertx, bus)));
      server = vertx.createHttpServer(new HttpServerOptions()
          .setHost(http.host())
          .setPort(http.port())
          .setCompressionSupported(true)
          // room for a token up to http.max_token_bytes, so AuthHandler answers 401, not the codec 431
          .setMaxHeaderSize(http.maxHeaderBytes())
          // no traffic at all for this long closes the connection (a slow header trickle is HeaderTimeout's)
          .setIdleTimeout((int) http.idleTimeout().toSeconds())
          .setIdleTimeoutUnit(TimeUnit.SECONDS)
          // no h2c sniffing: the connection (and HeaderTimeout's timer) exists from the first byte
          .setHttp2ClearTextEnabled(false)
          // browsers offer "bearer, <token>" on /ws/edges (AuthHandler); the handshake selects "bearer"
          .setWebSocketSubProtocols(List.of("bearer")));
      HeaderTimeout headers = new HeaderTimeout(vertx, http.headerTimeout());
      if (registry != null) {
        io.micrometer.core.instrument.Gauge.builder("bb_http_server_active_connections", headers, HeaderTimeout::open)
            .description("HTTP connections open on this gateway").register(registry);
      }
      // a malformed target is answered before the router, which would log a stack trace for it
      return server.connectionHandler(headers.onConnection())
          .requestHandler(headers.around(req -> {
            if (!EdgeInput.rejected(req)) {
              router.handle(req);
            }
          }))
          .listen();
    });
  }

  /** The port actually bound (useful when configured as 0). */
  public int port() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    // Stop accepting, let in-flight requests finish within the grace period.
    Future<Void> drained = server == null ? Future.succeededFuture()
        : server.shutdown(http.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
    return drained.eventually(limiter::close);
  }

  private Router router(AuthHandler authHandler, AccountHandler accountHandler) {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    ErrorResponses errors = new ErrorResponses("dev".equals(auth.mode()));
    Router router = Router.router(vertx);
    // every operation's query parameters and body fields are openapi.yaml's: anything else is a 400 naming it
    String spec = new String(ApiDocs.read("openapi.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    QueryParameterGuard queryGuard = QueryParameterGuard.fromSpec(spec);
    // the handlers every request passes share one route each (a route's next handler needs no match)
    Route edge = router.route();
    if (registry != null) {
      edge.handler(new RouteMetrics(queryGuard, registry));
    }
    edge.handler(new RequestLog(http.healthLogSample()))
        .handler(Cors.handler(http.corsOrigins()))
        .handler(AuthHandler::refuseUrlToken)
        .handler(queryGuard);
    router.get("/health").handler(ctx -> health.report().compose(this::withRateLimit).onComplete(ar -> {
      int status = ar.succeeded() && !"down".equals(ar.result().getString("status")) ? 200 : 503;
      ErrorResponses.send(ctx, status, ar.succeeded() ? ar.result()
          : ErrorResponses.error("service_unavailable", "health probe failed"));
    }));
    if (registry != null) {
      router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    }
    ApiDocs.mount(router);
    Dashboard.mount(router);
    router.route().handler(authHandler)
        // a deactivated account is refused before its request counts against any budget
        .handler(accountHandler)
        // the tier matrix (access-matrix.yaml), for every route at once; binds the caller for the bus
        .handler(new AccessHandler(queryGuard, AccessMatrix.bundled()))
        .handler(new RateLimitHandler(limiter));
    router.get("/auth/me").handler(new AuthMe(limiter)::handle);
    // the raw imports read their own bodies and the WebSocket has none: the body checks pass them by
    router.route().handler(RawBodies.skip(BodyHandler.create(false).setBodyLimit(http.maxBodyBytes())))
        .handler(RawBodies.skip(EdgeInput::refuseNulInBody))
        .handler(RawBodies.skip(BodyFieldGuard.fromSpec(spec, queryGuard)));
    domains.forEach(domain -> domain.mount(router, vertx, bus));
    router.route().failureHandler(errors::handle);
    for (int status : new int[] {404, 405, 413}) {
      router.errorHandler(status, errors::handle);
    }
    return router;
  }

  /** The report with the limiter's state; a limiter counting locally for want of Redis degrades "up". */
  private Future<JsonObject> withRateLimit(JsonObject report) {
    return limiter.probe().map(status -> {
      if ("degraded".equals(status.getString("status")) && "up".equals(report.getString("status"))) {
        report.put("status", "degraded");
      }
      return report.put("ratelimit", status);
    });
  }
}
