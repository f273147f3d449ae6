package com.betterbros.props.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-route request counts and latency: {@code bb_http_server_requests_seconds} (a timer with fixed
 * buckets; its {@code _count} is the request count) labelled {@code route}, {@code method} and
 * {@code status}. The route is the openapi.yaml operation's path template that {@link
 * QueryParameterGuard} matches ({@code /props/{id}}), never the raw path; a request no operation
 * describes counts as route {@value #UNMATCHED}, and a method outside the spec's as {@code OTHER},
 * so the label values are bounded by the spec.
 */
final class RouteMetrics implements Handler<RoutingContext> {

  static final String UNMATCHED = "unmatched";
  private static final Set<HttpMethod> METHODS = Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
      HttpMethod.PATCH, HttpMethod.DELETE);
  /** Bucket bounds, 1 ms to 30 s. */
  private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
      Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
      Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private final QueryParameterGuard operations;
  private final MeterRegistry registry;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();
  private final AtomicInteger active = new AtomicInteger();

  RouteMetrics(QueryParameterGuard operations, MeterRegistry registry) {
    this.operations = operations;
    this.registry = registry;
    Gauge.builder("bb_http_server_active_requests", active, AtomicInteger::get)
        .description("HTTP requests being served by this gateway").register(registry);
  }

  @Override
  public void handle(RoutingContext ctx) {
    long started = System.nanoTime();
    active.incrementAndGet();
    ctx.addEndHandler(v -> {
      active.decrementAndGet();
      record(ctx, System.nanoTime() - started);
    });
    ctx.next();
  }

  private void record(RoutingContext ctx, long nanos) {
    HttpMethod method = ctx.request().method();
    QueryParameterGuard.Operation op = operations.matched(ctx);
    Key key = new Key(op == null ? UNMATCHED : op.template(), METHODS.contains(method) ? method.name() : "OTHER",
        ctx.response().getStatusCode());
    // one Timer per label set, looked up once: building and registering it (sorted tags, a meter id)
    // on every request was a measurable share of a cached GET's cost
    timers.computeIfAbsent(key, this::timer).record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(Key key) {
    return Timer.builder("bb_http_server_requests")
        .description("HTTP requests by openapi route template, method and status")
        .tags("route", key.route(), "method", key.method(), "status", Integer.toString(key.status()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  /** A label set: bounded by the spec's templates × five methods × the statuses answered. */
  private record Key(String route, String method, int status) {}
}
