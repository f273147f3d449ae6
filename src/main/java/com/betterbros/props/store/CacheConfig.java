package com.betterbros.props.store;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.util.Set;

/**
 * Redis when {@code redisUrl} is set, otherwise an in-process cache bounded to maxLocalEntries.
 * Redis connections are a bounded pool ({@code redisMaxPoolSize}) with a bounded wait for a
 * connection ({@code redisMaxPoolWaiting}) and of commands in flight per connection
 * ({@code redisMaxWaitingHandlers}); past them a command fails at once, which reads as a miss.
 */
public record CacheConfig(String redisUrl, int maxLocalEntries, Duration redisTimeout, int redisMaxPoolSize,
    int redisMaxPoolWaiting, int redisMaxWaitingHandlers) {

  /** With the default Redis pool: 8 connections, 64 waiting for one, 256 commands in flight each. */
  public CacheConfig(String redisUrl, int maxLocalEntries, Duration redisTimeout) {
    this(redisUrl, maxLocalEntries, redisTimeout, 8, 64, 256);
  }

  public static CacheConfig from(ConfigValues v) {
    return new CacheConfig(
        v.url("redis_url", "", false, Set.of("redis", "rediss")),
        v.integer("max_local_entries", 10_000, 1, 10_000_000),
        Duration.ofMillis(v.integer("redis_timeout_ms", 500, 10, 60_000)),
        v.integer("redis_max_pool_size", 8, 1, 1_024),
        v.integer("redis_max_pool_waiting", 64, 0, 100_000),
        v.integer("redis_max_waiting_handlers", 256, 1, 100_000));
  }
}
