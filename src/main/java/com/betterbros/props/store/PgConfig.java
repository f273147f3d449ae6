package com.betterbros.props.store;

import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnectOptions;
import java.time.Duration;

/**
 * PostgreSQL settings: the server URL ({@code postgresql://user:password@host:port/database}), the
 * bound of the connection pool, the bound of the queue of requests waiting for a connection, and
 * the TCP connect timeout.
 */
public record PgConfig(String url, int maxPoolSize, int maxWaitQueueSize, Duration connectTimeout) {

  public static final int DEFAULT_MAX_POOL_SIZE = 8;
  public static final int DEFAULT_MAX_WAIT_QUEUE_SIZE = 256;
  public static final long DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

  public PgConfig {
    requireUrl(url);
    require(maxPoolSize > 0, "max_pool_size", "must be positive");
    require(maxWaitQueueSize > 0, "max_wait_queue_size", "must be positive (the queue is bounded)");
    require(connectTimeout != null && !connectTimeout.isNegative() && !connectTimeout.isZero(),
        "connect_timeout_ms", "must be positive");
  }

  /**
   * Reads the {@code pg} config object: {@code url} (required), {@code max_pool_size},
   * {@code max_wait_queue_size}, {@code connect_timeout_ms} (defaults 8, 256, 5000).
   *
   * @throws IllegalArgumentException naming the key whose value is missing or bad
   */
  public static PgConfig fromJson(JsonObject json) {
    if (json == null) {
      throw new IllegalArgumentException("url: the pg config is missing");
    }
    Object url = json.getValue("url");
    if (!(url instanceof String text)) {
      throw new IllegalArgumentException("url: expected a postgresql:// URL string, got " + url);
    }
    return new PgConfig(
        text,
        (int) whole(json, "max_pool_size", DEFAULT_MAX_POOL_SIZE, Integer.MAX_VALUE),
        (int) whole(json, "max_wait_queue_size", DEFAULT_MAX_WAIT_QUEUE_SIZE, Integer.MAX_VALUE),
        Duration.ofMillis(whole(json, "connect_timeout_ms", DEFAULT_CONNECT_TIMEOUT_MS, Integer.MAX_VALUE)));
  }

  /** The connect options the URL describes (host, port, database, user, password). */
  public PgConnectOptions connectOptions() {
    return PgConnectOptions.fromUri(url);
  }

  /** Like the record's, but with the password masked. */
  @Override
  public String toString() {
    String shown = url.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@");
    return "PgConfig[url=" + shown + ", maxPoolSize=" + maxPoolSize + ", maxWaitQueueSize="
        + maxWaitQueueSize + ", connectTimeout=" + connectTimeout + "]";
  }

  private static long whole(JsonObject json, String key, long fallback, long max) {
    Object value = json.getValue(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() > max) {
      throw new IllegalArgumentException(key + ": expected a whole number, got " + value);
    }
    return ((Number) value).longValue();
  }

  private static void requireUrl(String url) {
    require(url != null && (url.startsWith("postgresql://") || url.startsWith("postgres://")),
        "url", "expected a postgresql:// URL");
    try {
      PgConnectOptions.fromUri(url);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("url: not a valid postgresql:// URL (" + e.getMessage() + ")", e);
    }
  }

  private static void require(boolean ok, String key, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(key + ": " + problem);
    }
  }
}
