package com.betterbros.props.store;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.util.Set;

/** Redis when {@code redisUrl} is set, otherwise an in-process cache bounded to maxLocalEntries. */
public record CacheConfig(String redisUrl, int maxLocalEntries, Duration redisTimeout) {

  public static CacheConfig from(ConfigValues v) {
    return new CacheConfig(
        v.url("redis_url", "", false, Set.of("redis", "rediss")),
        v.integer("max_local_entries", 10_000, 1, 10_000_000),
        Duration.ofMillis(v.integer("redis_timeout_ms", 500, 10, 60_000)));
  }
}
