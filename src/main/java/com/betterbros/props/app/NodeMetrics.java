package com.betterbros.props.app;

import com.betterbros.props.bus.BusMetrics;
import com.betterbros.props.bus.BusMetricsFactory;
import com.betterbros.props.cache.CacheVerticle;
import com.betterbros.props.store.Cache;
import com.betterbros.props.store.MeteredCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.concurrent.TimeUnit;

/**
 * A node's metrics: one Prometheus registry (what {@code /metrics} shows) fed by Vert.x's own
 * series (Micrometer), the gateway's per-route timer, the event-bus request metrics ({@link
 * BusMetrics}), the caches' hit and miss counters ({@link MeteredCache}), the jobs gauges and the
 * predictions served. README, "Metrics", lists the series; cluster/grafana-dashboard.json charts them.
 *
 * @param registry the node's registry
 * @param bus the event-bus request metrics, installed on the node's Vert.x by {@link #install}
 */
record NodeMetrics(PrometheusMeterRegistry registry, BusMetrics bus) {

  static NodeMetrics create() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    FunctionCounter.builder("bb_access_log_dropped", AccessLogAppender.class, c -> AccessLogAppender.dropped())
        .description("access-log lines dropped because the log's queue was full (AccessLogAppender)")
        .register(registry);
    return new NodeMetrics(registry, new BusMetrics(registry));
  }

  /**
   * Vert.x options with Micrometer metrics (JVM series included); with {@code blockedWarningMs} (the
   * test suite sets it low), any event-loop task running longer is warned about with its stack.
   */
  static VertxOptions vertxOptions(Long blockedWarningMs) {
    VertxOptions options = new VertxOptions()
        // Vert.x's own HTTP server series are off: their meter lookups per request (tags built,
        // sorted, looked up for requests, bytes and the active gauges) were ~10 % of a kept GET /props,
        // and the gateway's bb_http_server_* series (http/RouteMetrics) count the same requests
        .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)
            .addDisabledMetricsCategory(MetricsDomain.HTTP_SERVER));
    if (blockedWarningMs != null) {
      options.setMaxEventLoopExecuteTime(blockedWarningMs).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
          .setBlockedThreadCheckInterval(Math.max(10, blockedWarningMs / 2))
          .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
          .setWarningExceptionTime(blockedWarningMs).setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS);
    }
    return options;
  }

  /** Vert.x's metrics factory: Micrometer's, with the bus's reply failures also reaching {@link BusMetrics}. */
  VertxMetricsFactory factory() {
    return new BusMetricsFactory(new MicrometerMetricsFactory(registry), bus);
  }

  /** Installs the event-bus interceptors that time requests on this node. */
  void install(Vertx vertx) {
    bus.install(vertx);
  }

  /** The cache, counting hits and misses per invalidatable cache (by key prefix). */
  Cache metered(Cache cache) {
    return new MeteredCache(cache, registry, CacheVerticle.namesByPrefix());
  }
}
