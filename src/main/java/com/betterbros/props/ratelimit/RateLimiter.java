package com.betterbros.props.ratelimit;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.ratelimit.core.Gcra;
import com.betterbros.props.ratelimit.core.LocalLimiter;
import com.betterbros.props.ratelimit.core.LocalUsage;
import com.betterbros.props.ratelimit.core.UsageToday;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-user, per-group budgets ({@link Gcra}). With a Redis URL the count is cluster-wide: one
 * atomic Lua script per request, on Redis's own clock, so N nodes sharing a Redis share one budget.
 * Without one (embedded mode) the node's {@link LocalLimiter} is the limiter. When Redis errs or
 * answers slower than {@code redis_timeout_ms}, the node counts in its local limiter (degraded:
 * never a 5xx, never unlimited) and tries Redis again after {@code redis_retry_ms}.
 */
public final class RateLimiter {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
  private static final String PREFIX = "rl:v1:";
  /** The usage hash of a user and UTC day: {@code usage:v1:{user}:yyyymmdd}, field per route group. */
  private static final String USAGE_PREFIX = "usage:v1:{";
  /** A day's usage hash outlives the day (48 h), so "today" is always whole in any time zone's evening. */
  static final long USAGE_TTL_S = 48 * 3600;
  private static final long PROBE_TIMEOUT_MS = 1_000;

  /**
   * {@link Gcra#decide} in Lua, on Redis's clock (TIME, µs). KEYS[1] the key, KEYS[2] the user's
   * usage hash of the day; ARGV: period µs, T µs, 1 to count the request or 0 to peek, the route
   * group, the usage hash's TTL in s. A counted request that is allowed also adds one to the
   * group's field of the usage hash, in the same round trip. Returns {allowed, remaining,
   * retry_after_us, reset_us}.
   * (Lua numbers are doubles: µs since 1970, ~1.8e15, are exact below 2^53; the stored tat is
   * written with %d, since Lua's own number format keeps only 14 digits.)
   */
  static final String SCRIPT = """
      redis.replicate_commands()
      local period = tonumber(ARGV[1])
      local interval = tonumber(ARGV[2])
      local t = redis.call('TIME')
      local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
      local tat = tonumber(redis.call('GET', KEYS[1]) or now)
      local start = math.max(tat, now)
      local new_tat = start + interval
      local allow_at = new_tat - period
      if ARGV[3] == '0' then
        return {1, math.floor((now - allow_at) / interval) + 1, 0, start - now}
      end
      if now < allow_at then
        return {0, 0, allow_at - now, start - now}
      end
      redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', math.ceil((new_tat - now) / 1000))
      redis.call('HINCRBY', KEYS[2], ARGV[4], 1)
      redis.call('EXPIRE', KEYS[2], tonumber(ARGV[5]))
      return {1, math.floor((now - allow_at) / interval), 0, new_tat - now}
      """;

  private final RateLimitConfig config;
  private final Redis redis;
  private final LocalLimiter local;
  private final LocalUsage localUsage;
  private final Clock clock;
  private final AtomicLong redisDownUntil = new AtomicLong();
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  /** A limiter on {@code redisUrl} (null or empty: local only). */
  public RateLimiter(Vertx vertx, RateLimitConfig config, String redisUrl) {
    this.config = config;
    this.local = new LocalLimiter(config.localMaxKeys(), () -> System.nanoTime() / 1_000);
    this.localUsage = new LocalUsage(config.localMaxKeys());
    this.clock = Clock.systemUTC();
    this.redis = redisUrl == null || redisUrl.isBlank() ? null
        : Redis.createClient(vertx, new RedisOptions().setConnectionString(redisUrl).setMaxPoolSize(8)
            .setMaxPoolWaiting(64));
  }

  /** Counts one request of {@code userId} on {@code group}; never fails (falls back to local). */
  public Future<Gcra.Decision> acquire(String userId, Tier tier, String group) {
    return decide(userId, tier, group, true);
  }

  /** The budget state of {@code userId} on {@code group}, without counting a request. */
  public Future<Gcra.Decision> peek(String userId, Tier tier, String group) {
    return decide(userId, tier, group, false);
  }

  /** {@code {"status": "up"|"degraded"|"disabled", "backend": "redis"|"local", "reason"?}} for /health. */
  public JsonObject status() {
    if (!config.enabled()) {
      return new JsonObject().put("status", "disabled");
    }
    if (redis == null) {
      return new JsonObject().put("status", "up").put("backend", "local");
    }
    String failure = lastFailure.get();
    return failure == null ? new JsonObject().put("status", "up").put("backend", "redis")
        : new JsonObject().put("status", "degraded").put("backend", "local").put("reason", failure);
  }

  /**
   * Opens the first Redis connection before traffic arrives (a PING bounded by 2 s, its outcome
   * ignored), so the first requests are not counted locally for want of a connection.
   */
  public Future<Void> warmUp() {
    if (redis == null || !config.enabled()) {
      return Future.succeededFuture();
    }
    return redis.send(Request.cmd(Command.PING)).timeout(2, TimeUnit.SECONDS).<Void>mapEmpty().otherwiseEmpty();
  }

  /**
   * {@link #status()} after a PING (bounded by {@code redis_timeout_ms}, at least 1 s), so /health
   * sees a Redis outage even on a node no request has reached since.
   */
  public Future<JsonObject> probe() {
    if (redis == null || !config.enabled()) {
      return Future.succeededFuture(status());
    }
    return redis.send(Request.cmd(Command.PING))
        .timeout(Math.max(config.redisTimeout().toMillis(), PROBE_TIMEOUT_MS), TimeUnit.MILLISECONDS)
        .onSuccess(r -> {
          // a request that fell back recently keeps the state degraded until requests retry Redis
          if (System.currentTimeMillis() >= redisDownUntil.get()) {
            recovered();
          }
        })
        .onFailure(this::failed)
        .transform(ar -> Future.succeededFuture(status()));
  }

  public RateLimitConfig config() {
    return config;
  }

  public Future<Void> close() {
    return redis == null ? Future.succeededFuture() : redis.close();
  }

  /**
   * The user's requests today (UTC) by route group, as counted by {@link #acquire}: from Redis
   * (every node's), or this node's own counts without Redis or while it is down ({@code source}).
   */
  public Future<UsageToday> usageToday(String userId) {
    LocalDate today = LocalDate.now(clock);
    if (redis == null || System.currentTimeMillis() < redisDownUntil.get()) {
      return Future.succeededFuture(localUsageOf(userId, today));
    }
    // through a script, so the reply is a flat [field, value, ...] array under RESP2 and RESP3 alike
    Request read = Request.cmd(Command.EVAL).arg("return redis.call('HGETALL', KEYS[1])").arg(1)
        .arg(usageKey(userId, today));
    return redis.send(read)
        .timeout(Math.max(config.redisTimeout().toMillis(), PROBE_TIMEOUT_MS), TimeUnit.MILLISECONDS)
        .map(r -> {
          Map<String, Long> byGroup = new HashMap<>();
          for (int i = 0; r != null && i + 1 < r.size(); i += 2) {
            byGroup.put(r.get(i).toString(), r.get(i + 1).toLong());
          }
          return new UsageToday(today.toString(), byGroup, "redis");
        })
        .otherwise(t -> {
          failed(t);
          return localUsageOf(userId, today);
        });
  }

  private UsageToday localUsageOf(String userId, LocalDate day) {
    return new UsageToday(day.toString(), localUsage.of(userId, day.toString()), "local");
  }

  private static String usageKey(String userId, LocalDate day) {
    return USAGE_PREFIX + userId + "}:" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  private Future<Gcra.Decision> decide(String userId, Tier tier, String group, boolean count) {
    int limit = config.perMinute(group, tier);
    // {user} is a Redis Cluster hash tag: the budget and usage keys of one call share a slot
    String key = PREFIX + "{" + userId + "}:" + group;
    LocalDate today = LocalDate.now(clock);
    if (redis == null || System.currentTimeMillis() < redisDownUntil.get()) {
      return Future.succeededFuture(locally(key, limit, count, userId, today, group));
    }
    long interval = Gcra.intervalUs(limit, RateLimitConfig.PERIOD_US);
    Request eval = Request.cmd(Command.EVAL).arg(SCRIPT).arg(2).arg(key).arg(usageKey(userId, today))
        .arg(RateLimitConfig.PERIOD_US).arg(interval).arg(count ? 1 : 0).arg(group).arg(USAGE_TTL_S);
    return redis.send(eval)
        .timeout(config.redisTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .map(r -> {
          recovered();
          return decision(r, limit);
        })
        .otherwise(t -> {
          failed(t);
          return locally(key, limit, count, userId, today, group);
        });
  }

  private Gcra.Decision locally(String key, int limit, boolean count, String userId, LocalDate day, String group) {
    if (!count) {
      return local.peek(key, limit, RateLimitConfig.PERIOD_US);
    }
    Gcra.Decision d = local.acquire(key, limit, RateLimitConfig.PERIOD_US);
    if (d.allowed()) {
      localUsage.add(userId, day.toString(), group);
    }
    return d;
  }

  private static Gcra.Decision decision(Response r, int limit) {
    boolean allowed = r.get(0).toInteger() == 1;
    int remaining = (int) Math.max(0, Math.min(limit, r.get(1).toLong()));
    return new Gcra.Decision(allowed, limit, remaining, r.get(2).toLong(), r.get(3).toLong(), 0);
  }

  private void recovered() {
    if (lastFailure.getAndSet(null) != null) {
      LOG.info("rate limits counted in Redis again");
    }
  }

  private void failed(Throwable t) {
    redisDownUntil.set(System.currentTimeMillis() + config.redisRetry().toMillis());
    String reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    if (lastFailure.getAndSet(reason) == null) {
      LOG.warn("rate limits: Redis unavailable ({}), counting per node until it answers", reason);
    }
  }
}
