package com.betterbros.props.cache;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.cache.api.CacheInvalidation;
import com.betterbros.props.cache.api.CacheService;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops a domain's entries from this node's cache (Redis: every node's, as they share it), and its
 * history snapshot, then publishes {@value Addresses#CACHE_EVENTS_INVALIDATED} so that every other
 * node drops its in-process entries and snapshot too ({@link CacheVerticle}).
 */
final class CacheServiceImpl implements CacheService {

  private static final Logger LOG = LoggerFactory.getLogger(CacheServiceImpl.class);

  private final Vertx vertx;
  private final Cache cache;
  private final Runnable dropHistory;
  private final String origin;

  CacheServiceImpl(Vertx vertx, Cache cache, Runnable dropHistory, String origin) {
    this.vertx = vertx;
    this.cache = cache;
    this.dropHistory = dropHistory;
    this.origin = origin;
  }

  @Override
  public Future<CacheInvalidation> invalidate(String domain) {
    List<String> covered = CacheDomains.covered(domain);
    if (covered == null) {
      return Future.failedFuture(Failures.badRequest("domain", "unknown cache domain '" + domain + "': one of "
          + String.join(", ", CacheDomains.names())));
    }
    List<String> prefixes = CacheDomains.prefixes(covered);
    boolean history = covered.contains(CacheDomains.HISTORY);
    return drop(cache, prefixes, history ? dropHistory : null).map(deleted -> {
      JsonObject event = new JsonObject().put("domain", domain).put("invalidated", new JsonArray(covered))
          .put("prefixes", new JsonArray(prefixes)).put("origin", origin).put("at", Instant.now().toString());
      vertx.eventBus().publish(Addresses.CACHE_EVENTS_INVALIDATED, event);
      LOG.info("cache invalidated: domain {}, {} {} entries deleted under {}, history snapshot dropped: {}", domain,
          deleted, cache.kind(), prefixes, history);
      return new CacheInvalidation(new JsonObject()
          .put("domain", domain)
          .put("invalidated", new JsonArray(covered))
          .put("prefixes", new JsonArray(prefixes))
          .put("cache", cache.kind())
          .put("entries_deleted", deleted)
          .put("history_snapshots", history)
          .put("event", Addresses.CACHE_EVENTS_INVALIDATED));
    });
  }

  /** Deletes every prefix from {@code cache} in turn and runs {@code dropHistory} (if any); the entries deleted. */
  static Future<Long> drop(Cache cache, List<String> prefixes, Runnable dropHistory) {
    Future<Long> total = Future.succeededFuture(0L);
    for (String prefix : prefixes) {
      total = total.compose(sum -> cache.deletePrefix(prefix).map(n -> sum + n));
    }
    if (dropHistory != null) {
      dropHistory.run();
    }
    return total;
  }
}
