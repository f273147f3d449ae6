package com.betterbros.props.http;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.util.List;

/**
 * The gateway's HTTP settings. {@code idleTimeout}: a connection with no traffic at all is closed
 * after it; {@code headerTimeout}: a connection that has not sent a complete request head within
 * it (after opening, or after its last response) is closed ({@link HeaderTimeout}, slowloris).
 * {@code maxHeaderBytes}: the request head's header block limit (431 past it); {@code maxTokenBytes}:
 * a bearer token longer than this is a 401 "token too large" before any parsing ({@link AuthHandler}),
 * strictly below the header limit so an oversized token reaches the handler as a 401. {@code
 * healthLogSample}: one successful {@code /health} request in this many is access-logged (0 = none;
 * failures always are). {@code metricsHost:metricsPort}: the optional metrics-only listener ({@link
 * MetricsListenerVerticle}; port 0 = none), so a node without the gateway role can be scraped too.
 */
public record HttpConfig(
    String host,
    int port,
    List<String> corsOrigins,
    long maxBodyBytes,
    long maxImportBytes,
    Duration shutdownGrace,
    Duration idleTimeout,
    Duration headerTimeout,
    int maxHeaderBytes,
    int maxTokenBytes,
    int healthLogSample,
    String metricsHost,
    int metricsPort) {

  public static HttpConfig from(ConfigValues v) {
    int maxHeader = v.integer("max_header_bytes", 96 * 1024, 8 * 1024, 1024 * 1024);
    // 1 KiB below the header limit leaves room for the request's other headers
    int maxToken = v.integer("max_token_bytes", 16 * 1024, 1024, maxHeader - 1024);
    return new HttpConfig(
        v.string("host", "127.0.0.1"),
        v.integer("port", 8080, 0, 65535),
        v.list("cors_origins", ""),
        v.integer("max_body_bytes", 1 << 20, 1024, Integer.MAX_VALUE),
        v.integer("max_import_bytes", 16 << 20, 1024, Integer.MAX_VALUE),
        Duration.ofMillis(v.integer("shutdown_grace_ms", 10_000, 0, 600_000)),
        Duration.ofSeconds(v.integer("idle_timeout_s", 120, 1, 86_400)),
        Duration.ofSeconds(v.integer("header_timeout_s", 10, 1, 3_600)),
        maxHeader,
        maxToken,
        v.integer("health_log_sample", 100, 0, 1_000_000),
        v.string("metrics_host", "127.0.0.1"),
        v.optional("metrics_port") == null ? 0 : v.integer("metrics_port", 0, 0, 65535));
  }

  /** Whether this node opens the metrics-only listener. */
  public boolean metricsListener() {
    return metricsPort > 0;
  }

  public boolean loopbackOnly() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
