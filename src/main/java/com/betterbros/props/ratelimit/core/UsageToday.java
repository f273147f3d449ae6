package com.betterbros.props.ratelimit.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * A user's requests on one UTC day, by route group.
 *
 * @param date the UTC day, YYYY-MM-DD
 * @param byGroup requests per route group (groups without any are absent)
 * @param source {@code redis} (every node's requests) or {@code local} (this node's only: embedded
 *     mode, or Redis unavailable)
 */
public record UsageToday(String date, Map<String, Long> byGroup, String source) {

  /** Copies {@code byGroup}, sorted by group. */
  public UsageToday {
    byGroup = java.util.Collections.unmodifiableMap(new TreeMap<>(byGroup));
  }

  /** All requests of the day. */
  public long requests() {
    return byGroup.values().stream().mapToLong(Long::longValue).sum();
  }
}
