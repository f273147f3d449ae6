package com.betterbros.props.ratelimit.core;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests per user, UTC day and route group counted in memory: the usage of a node without Redis,
 * and what a node counts while its Redis is down. Bounded: past {@code maxKeys} (user, day) pairs
 * the least recently used is dropped. Thread-safe.
 */
public final class LocalUsage {

  private final Map<String, Map<String, Long>> counts;

  public LocalUsage(int maxKeys) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be positive");
    }
    this.counts = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Map<String, Long>> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /** Counts one request of {@code userId} on {@code date} (YYYY-MM-DD) in {@code group}. */
  public synchronized void add(String userId, String date, String group) {
    counts.computeIfAbsent(key(userId, date), k -> new HashMap<>()).merge(group, 1L, Long::sum);
  }

  /** The user's counts on {@code date}, by group (empty when none). */
  public synchronized Map<String, Long> of(String userId, String date) {
    return Map.copyOf(counts.getOrDefault(key(userId, date), Map.of()));
  }

  private static String key(String userId, String date) {
    return date + '\u0000' + userId;
  }
}
