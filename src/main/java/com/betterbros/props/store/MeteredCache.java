package com.betterbros.props.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Cache} that counts its lookups per cache: {@code bb_cache_requests_total} labelled
 * {@code cache} (the name of the key prefix, e.g. {@code pred:} is {@code predictions}; a key of no
 * known prefix counts as {@code other}) and {@code result} ({@code hit} or {@code miss}; an
 * unreachable cache is a miss, as callers see it). Hit rate = hits / (hits + misses). Everything
 * else is the inner cache's.
 */
public final class MeteredCache implements Cache {

  private record Pair(Counter hit, Counter miss) {}

  private final Cache inner;
  private final Map<String, Pair> byPrefix = new LinkedHashMap<>();
  private final Pair other;

  /** {@code names}: key prefix to cache name (each counted under its name, from the start at 0). */
  public MeteredCache(Cache inner, MeterRegistry registry, Map<String, String> names) {
    this.inner = inner;
    names.forEach((prefix, name) -> byPrefix.put(prefix, pair(registry, name)));
    this.other = pair(registry, "other");
  }

  private static Pair pair(MeterRegistry registry, String name) {
    return new Pair(counter(registry, name, "hit"), counter(registry, name, "miss"));
  }

  private static Counter counter(MeterRegistry registry, String name, String result) {
    return Counter.builder("bb_cache_requests")
        .description("Cache lookups by cache and result (hit or miss)")
        .tags("cache", name, "result", result)
        .register(registry);
  }

  /** The inner cache (for health probes that know its kind). */
  public Cache inner() {
    return inner;
  }

  @Override
  public Future<String> get(String key) {
    Pair pair = other;
    for (Map.Entry<String, Pair> e : byPrefix.entrySet()) {
      if (key.startsWith(e.getKey())) {
        pair = e.getValue();
        break;
      }
    }
    Pair counted = pair;
    return inner.get(key).onComplete(ar -> (ar.succeeded() && ar.result() != null ? counted.hit() : counted.miss())
        .increment());
  }

  @Override
  public Future<Void> put(String key, String value, Duration ttl) {
    return inner.put(key, value, ttl);
  }

  @Override
  public Future<Void> delete(String key) {
    return inner.delete(key);
  }

  @Override
  public Future<Long> deletePrefix(String prefix) {
    return inner.deletePrefix(prefix);
  }

  @Override
  public String kind() {
    return inner.kind();
  }

  @Override
  public Future<Void> ping() {
    return inner.ping();
  }

  @Override
  public Future<Void> close() {
    return inner.close();
  }
}
