package com.betterbros.props.store;

import io.vertx.core.Future;
import java.time.Duration;

/**
 * A string cache with per-entry TTL: Redis in production, in-process otherwise. A cache failure
 * is a miss, never an error: callers compute the value instead (slower, never wrong).
 */
public interface Cache {

  /** The cached value, or null on a miss or when the cache is unreachable. */
  Future<String> get(String key);

  /** Stores a value for {@code ttl}; failures are swallowed (and reported by {@link #status()}). */
  Future<Void> put(String key, String value, Duration ttl);

  /** Removes a key; failures are swallowed. */
  Future<Void> delete(String key);

  /**
   * Removes every key starting with {@code prefix} (an operator's cache invalidation) and gives how
   * many were removed; in Redis by SCAN and UNLINK in batches, never KEYS. Failures are swallowed
   * (reported by {@link #status()}, as for the other commands) and count what was removed so far.
   */
  Future<Long> deletePrefix(String prefix);

  /** "redis" or "in_process". */
  String kind();

  /** Probes the backend: succeeds when it answers, fails with the reason otherwise. */
  Future<Void> ping();

  Future<Void> close();
}
