package com.betterbros.props.http;

import com.betterbros.props.app.HttpConfig;
import com.betterbros.props.app.NodeHealth;
import com.betterbros.props.auth.AuthConfig;
import com.betterbros.props.auth.AuthHandler;
import com.betterbros.props.auth.TokenVerifier;
import com.betterbros.props.context.ContextRoutes;
import com.betterbros.props.context.ContextService;
import com.betterbros.props.corr.CorrRoutes;
import com.betterbros.props.corr.CorrService;
import com.betterbros.props.experiments.ExperimentsRoutes;
import com.betterbros.props.experiments.ExperimentsService;
import com.betterbros.props.features.FeaturesRoutes;
import com.betterbros.props.features.FeaturesService;
import com.betterbros.props.history.HistoryRoutes;
import com.betterbros.props.jobs.JobsRoutes;
import com.betterbros.props.jobs.JobsService;
import com.betterbros.props.model.ModelRoutes;
import com.betterbros.props.model.ModelService;
import com.betterbros.props.optimize.OptimizeRoutes;
import com.betterbros.props.optimize.OptimizeService;
import com.betterbros.props.history.HistoryService;
import com.betterbros.props.props.PropsRoutes;
import com.betterbros.props.props.PropsService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP gateway: auth, limits, CORS, errors, health, metrics, and one sub-router per domain.
 * It never calls domain code: every route sends to the domain's event-bus address via its proxy.
 */
public final class GatewayVerticle extends VerticleBase {

  private final HttpConfig http;
  private final AuthConfig auth;
  private final String devSecret;
  private final Duration busTimeout;
  private final NodeHealth health;
  private final PrometheusMeterRegistry registry;
  private HttpServer server;

  public GatewayVerticle(HttpConfig http, AuthConfig auth, String devSecret, Duration busTimeout,
      NodeHealth health, PrometheusMeterRegistry registry) {
    this.http = http;
    this.auth = auth;
    this.devSecret = devSecret;
    this.busTimeout = busTimeout;
    this.health = health;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    return TokenVerifier.create(vertx, auth, devSecret).compose(verifier -> {
      Router router = router(new AuthHandler(verifier));
      server = vertx.createHttpServer(new HttpServerOptions()
          .setHost(http.host())
          .setPort(http.port())
          .setCompressionSupported(true));
      return server.requestHandler(router).listen();
    });
  }

  /** The port actually bound (useful when configured as 0). */
  public int port() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    // Stop accepting, let in-flight requests finish within the grace period.
    return server == null ? Future.succeededFuture()
        : server.shutdown(http.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
  }

  private Router router(AuthHandler authHandler) {
    DeliveryOptions bus = new DeliveryOptions().setSendTimeout(busTimeout.toMillis());
    ErrorResponses errors = new ErrorResponses("dev".equals(auth.mode()));
    Router router = Router.router(vertx);
    router.route().handler(new RequestLog());
    router.route().handler(Cors.handler(http.corsOrigins()));
    router.get("/health").handler(ctx -> health.report().onComplete(ar -> {
      int status = ar.succeeded() && !"down".equals(ar.result().getString("status")) ? 200 : 503;
      ErrorResponses.send(ctx, status, ar.succeeded() ? ar.result()
          : ErrorResponses.error("service_unavailable", "health probe failed"));
    }));
    if (registry != null) {
      router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    }
    ApiDocs.mount(router);
    router.route().handler(authHandler);
    router.routeWithRegex("^/(?!(props|history)/import$).*")
        .handler(BodyHandler.create(false).setBodyLimit(http.maxBodyBytes()));
    PropsRoutes.mount(router, PropsService.createProxy(vertx, bus), http.maxImportBytes());
    HistoryRoutes.mount(router, HistoryService.createProxy(vertx, bus), http.maxImportBytes());
    JobsRoutes.mount(router, JobsService.createProxy(vertx, bus));
    ContextRoutes.mount(router, ContextService.createProxy(vertx, bus));
    ModelRoutes.mount(router, ModelService.createProxy(vertx, bus));
    ExperimentsRoutes.mount(router, ExperimentsService.createProxy(vertx, bus));
    FeaturesRoutes.mount(router, FeaturesService.createProxy(vertx, bus));
    CorrRoutes.mount(router, CorrService.createProxy(vertx, bus));
    OptimizeRoutes.mount(router, OptimizeService.createProxy(vertx, bus));
    router.route().failureHandler(errors::handle);
    for (int status : new int[] {404, 405, 413}) {
      router.errorHandler(status, errors::handle);
    }
    return router;
  }
}
