package com.betterbros.props.ratelimit.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@link Gcra} in memory, for one node: the limiter of a node without Redis, and the fallback of a
 * node whose Redis is down or slow. The map is bounded: past {@code maxKeys} the least recently
 * used key is dropped (an evicted key starts again with a whole budget, so keep the bound well
 * above the number of active users × groups). Thread-safe.
 */
public final class LocalLimiter {

  private final LongSupplier clockUs;
  private final Map<String, Long> tats;

  /** A limiter keeping at most {@code maxKeys} keys, reading time (µs) from {@code clockUs}. */
  public LocalLimiter(int maxKeys, LongSupplier clockUs) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be positive");
    }
    this.clockUs = clockUs;
    this.tats = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /** Counts one request for {@code key} against {@code limit} per {@code periodUs}. */
  public synchronized Gcra.Decision acquire(String key, int limit, long periodUs) {
    long now = clockUs.getAsLong();
    Long tat = tats.get(key);
    Gcra.Decision d = Gcra.decide(tat == null ? Long.MIN_VALUE : tat, now, limit, periodUs);
    if (d.allowed()) {
      tats.put(key, d.tat());
    }
    return d;
  }

  /** The state of {@code key} without counting a request (for /auth/me). */
  public synchronized Gcra.Decision peek(String key, int limit, long periodUs) {
    long now = clockUs.getAsLong();
    Long tat = tats.get(key);
    long stored = tat == null ? Long.MIN_VALUE : tat;
    // what one more request would see, minus the request itself
    Gcra.Decision d = Gcra.decide(stored, now, limit, periodUs);
    int remaining = d.allowed() ? d.remaining() + 1 : 0;
    long reset = Math.max(0, Math.max(stored, now) - now);
    return new Gcra.Decision(true, limit, Math.min(limit, remaining), 0, reset, stored);
  }

  /** Keys held now (at most the bound). */
  public synchronized int size() {
    return tats.size();
  }
}
