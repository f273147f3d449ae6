package com.betterbros.props.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis cache (vertx-redis-client). Every command is bounded by a timeout; an error or a
 * timeout is a miss, remembered as the last failure so /health can say "degraded".
 */
public final class RedisCache implements Cache {

  private static final Logger LOG = LoggerFactory.getLogger(RedisCache.class);

  /** Keys asked of Redis per SCAN step, and the most steps one invalidation takes (10 million keys). */
  private static final int SCAN_COUNT = 1_000;
  private static final int MAX_SCAN_STEPS = 10_000;

  private final Redis redis;
  private final long timeoutMs;
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  /** A client for {@code url} with the default pool (see {@link CacheConfig}). */
  public RedisCache(Vertx vertx, String url, Duration timeout) {
    this(vertx, new CacheConfig(url, 1, timeout));
  }

  /** A client as configured: URL, command timeout and the bounded connection pool. */
  public RedisCache(Vertx vertx, CacheConfig config) {
    RedisOptions options = new RedisOptions()
        .setConnectionString(config.redisUrl())
        .setMaxPoolSize(config.redisMaxPoolSize())
        .setMaxPoolWaiting(config.redisMaxPoolWaiting())
        .setMaxWaitingHandlers(config.redisMaxWaitingHandlers());
    this.redis = Redis.createClient(vertx, options);
    this.timeoutMs = config.redisTimeout().toMillis();
  }

  @Override
  public Future<String> get(String key) {
    return send(Request.cmd(Command.GET).arg(key))
        .map(r -> r == null ? null : r.toString())
        .otherwise(t -> {
          failed("GET", t);
          return null;
        });
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    return send(Request.cmd(Command.SET).arg(key).arg(value).arg("PX").arg(Math.max(1, ttl.toMillis())))
        .<Void>mapEmpty()
        .otherwise(t -> {
          failed("SET", t);
          return null;
        });
  }

  @Override
  public Future<Void> delete(String key) {
    return send(Request.cmd(Command.DEL).arg(key))
        .<Void>mapEmpty()
        .otherwise(t -> {
          failed("DEL", t);
          return null;
        });
  }

  @Override
  public Future<Long> deletePrefix(String prefix) {
    return scanAndUnlink(prefix.replaceAll("([*?\\[\\]\\\\])", "\\\\$1") + "*", "0", 0, 0);
  }

  /** One SCAN step from {@code cursor}, UNLINK of what it found, then the next step until the cursor is 0. */
  private Future<Long> scanAndUnlink(String pattern, String cursor, long removed, int steps) {
    if (steps >= MAX_SCAN_STEPS) {
      failed("SCAN", new IllegalStateException("stopped after " + MAX_SCAN_STEPS + " steps"));
      return Future.succeededFuture(removed);
    }
    return send(Request.cmd(Command.SCAN).arg(cursor).arg("MATCH").arg(pattern).arg("COUNT").arg(SCAN_COUNT))
        .compose(page -> {
          String next = page.get(0).toString();
          Response keys = page.get(1);
          if (keys.size() == 0) {
            return Future.succeededFuture(new Step(next, 0));
          }
          Request unlink = Request.cmd(Command.UNLINK);
          keys.forEach(k -> unlink.arg(k.toString()));
          return send(unlink).map(n -> new Step(next, n.toLong()));
        })
        .compose(step -> "0".equals(step.cursor()) ? Future.succeededFuture(removed + step.unlinked())
            : scanAndUnlink(pattern, step.cursor(), removed + step.unlinked(), steps + 1))
        .recover(t -> {
          failed("SCAN/UNLINK", t);
          return Future.succeededFuture(removed);
        });
  }

  private record Step(String cursor, long unlinked) {}

  @Override
  public String kind() {
    return "redis";
  }

  @Override
  public Future<Void> ping() {
    return send(Request.cmd(Command.PING))
        .<Void>mapEmpty()
        .onSuccess(v -> lastFailure.set(null))
        .onFailure(t -> failed("PING", t));
  }

  /** The reason of the most recent failed command since the last successful ping, or null. */
  public String lastFailure() {
    return lastFailure.get();
  }

  @Override
  public Future<Void> close() {
    return redis.close();
  }

  private Future<Response> send(Request request) {
    return redis.send(request).timeout(timeoutMs, TimeUnit.MILLISECONDS);
  }

  private void failed(String command, Throwable t) {
    String reason = command + " failed: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    if (lastFailure.getAndSet(reason) == null) {
      LOG.warn("redis cache unavailable, serving uncached: {}", reason);
    }
  }
}
