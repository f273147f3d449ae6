package com.betterbros.props.store;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.vertx.core.Future;
import java.time.Duration;

/** The in-process cache (Caffeine), bounded in entries, each entry with its own TTL. */
public final class LocalCache implements Cache {

  private record Entry(String value, long ttlNanos) {}

  private final com.github.benmanes.caffeine.cache.Cache<String, Entry> entries;

  public LocalCache(int maxEntries) {
    this.entries = Caffeine.newBuilder()
        .maximumSize(maxEntries)
        .expireAfter(new Expiry<String, Entry>() {
          @Override
          public long expireAfterCreate(String key, Entry e, long now) {
            return e.ttlNanos();
          }

          @Override
          public long expireAfterUpdate(String key, Entry e, long now, long current) {
            return e.ttlNanos();
          }

          @Override
          public long expireAfterRead(String key, Entry e, long now, long current) {
            return current;
          }
        })
        .executor(Runnable::run)
        .build();
  }

  @Override
  public Future<String> get(String key) {
    Entry e = entries.getIfPresent(key);
    return Future.succeededFuture(e == null ? null : e.value());
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    entries.put(key, new Entry(value, ttl.toNanos()));
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> delete(String key) {
    entries.invalidate(key);
    return Future.succeededFuture();
  }

  @Override
  public Future<Long> deletePrefix(String prefix) {
    long[] removed = {0};
    entries.asMap().keySet().removeIf(key -> {
      boolean match = key.startsWith(prefix);
      removed[0] += match ? 1 : 0;
      return match;
    });
    return Future.succeededFuture(removed[0]);
  }

  @Override
  public String kind() {
    return "in_process";
  }

  @Override
  public Future<Void> ping() {
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> close() {
    entries.invalidateAll();
    return Future.succeededFuture();
  }
}
