package com.betterbros.props.app;

import com.betterbros.props.espn.EspnConfig;
import java.time.Duration;
import java.util.Set;

/**
 * What the history domain needs beyond its stores: how to reach ESPN's public site API (the
 * {@code espn} section) and how often to sync yesterday and today on its own
 * ({@code history.sync_interval_s}, 0 = never).
 */
public record HistoryConfig(EspnConfig espn, Duration syncInterval) {

  static HistoryConfig from(ConfigValues espn, ConfigValues history) {
    String baseUrl = espn.url("base_url", EspnConfig.PUBLIC_BASE_URL, true, Set.of("http", "https"));
    int maxConcurrent = espn.integer("max_concurrent", 4, 1, 64);
    int timeoutMs = espn.integer("timeout_ms", 8_000, 100, 120_000);
    int maxRetries = espn.integer("max_retries", 3, 0, 10);
    int backoffMs = espn.integer("backoff_ms", 500, 0, 60_000);
    EspnConfig config;
    try {
      config = new EspnConfig(baseUrl, maxConcurrent, Duration.ofMillis(timeoutMs), maxRetries,
          Duration.ofMillis(backoffMs));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(espn.key("base_url"), "is invalid: " + e.getMessage());
    }
    return new HistoryConfig(config, Duration.ofSeconds(history.integer("sync_interval_s", 0, 0, 86_400)));
  }

  /** Whether the periodic sync of yesterday and today is on. */
  public boolean periodicSync() {
    return !syncInterval.isZero();
  }
}
