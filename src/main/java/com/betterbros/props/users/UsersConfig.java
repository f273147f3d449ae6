package com.betterbros.props.users;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The {@code users} section: each gateway's cache of users' state (how many users it keeps, and
 * after how long it records a sighting again and re-reads the stored state), and how long it stops
 * asking a users service that failed before trying again.
 */
public record UsersConfig(int cacheMaxEntries, Duration cacheRefresh, Duration retryAfterFailure) {

  public static UsersConfig defaults() {
    return new UsersConfig(100_000, Duration.ofSeconds(60), Duration.ofSeconds(5));
  }

  public static UsersConfig from(ConfigValues v) {
    return new UsersConfig(
        v.integer("cache_max_entries", 100_000, 100, 10_000_000),
        Duration.ofSeconds(v.integer("cache_refresh_s", 60, 1, 86_400)),
        Duration.ofMillis(v.integer("retry_after_failure_ms", 5_000, 0, 600_000)));
  }
}
