package com.betterbros.props.history;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import com.betterbros.props.espn.EspnConfig;
import java.time.Duration;
import java.util.Set;

/**
 * What the history domain needs beyond its stores: how to reach ESPN's public site API (the
 * {@code espn} section), how often to sync yesterday and today on its own
 * ({@code history.sync_interval_s}, 0 = never), and how many imports and syncs a node holds queued
 * or running (429 beyond). Imports and syncs each run one at a time on one thread: their player
 * resolution is sequential, so that bound is not a setting.
 */
public record HistoryConfig(EspnConfig espn, Duration syncInterval, int importMaxPending, int syncMaxPending) {

  /** The given ESPN settings, no periodic sync, 2 imports and 2 syncs pending. */
  public HistoryConfig(EspnConfig espn, Duration syncInterval) {
    this(espn, syncInterval, 2, 2);
  }

  public static HistoryConfig from(ConfigValues espn, ConfigValues history) {
    String baseUrl = espn.url("base_url", EspnConfig.PUBLIC_BASE_URL, true, Set.of("http", "https"));
    int maxConcurrent = espn.integer("max_concurrent", 4, 1, 64);
    int timeoutMs = espn.integer("timeout_ms", 8_000, 100, 120_000);
    int maxRetries = espn.integer("max_retries", 3, 0, 10);
    int backoffMs = espn.integer("backoff_ms", 500, 0, 60_000);
    int maxQueued = espn.integer("max_queued", 1_000, 0, 1_000_000);
    int parserThreads = espn.integer("parser_threads", 2, 1, 64);
    EspnConfig config;
    try {
      config = new EspnConfig(baseUrl, maxConcurrent, Duration.ofMillis(timeoutMs), maxRetries,
          Duration.ofMillis(backoffMs), maxQueued, parserThreads);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(espn.key("base_url"), "is invalid: " + e.getMessage());
    }
    return new HistoryConfig(config, Duration.ofSeconds(history.integer("sync_interval_s", 0, 0, 86_400)),
        history.integer("import_max_pending", 2, 1, 1_000), history.integer("sync_max_pending", 2, 1, 1_000));
  }

  /** Whether the periodic sync of yesterday and today is on. */
  public boolean periodicSync() {
    return !syncInterval.isZero();
  }
}
