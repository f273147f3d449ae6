package com.betterbros.props.cache;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.cache.api.CacheService;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link CacheService} on a node that holds a cache, and listens to
 * {@value Addresses#CACHE_EVENTS_INVALIDATED}: an invalidation answered by another node drops this
 * node's in-process entries under the event's prefixes (a Redis cache was already cleared by the
 * answering node: it is shared) and, for {@code history}, this node's history snapshot.
 */
public final class CacheVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(CacheVerticle.class);

  private final Cache cache;
  private final Runnable dropHistory;
  private final String origin = UUID.randomUUID().toString();
  private MessageConsumer<JsonObject> service;
  private MessageConsumer<JsonObject> events;

  /** {@code dropHistory}: drops this node's history snapshot (rebuilt on the next read). */
  /** The key prefix of each invalidatable cache and its name ({@code pred:} is {@code predictions}), for metrics. */
  public static java.util.Map<String, String> namesByPrefix() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    CacheDomains.PREFIXES.forEach((name, prefix) -> out.put(prefix, name));
    return out;
  }

  public CacheVerticle(Cache cache, Runnable dropHistory) {
    this.cache = cache;
    this.dropHistory = dropHistory;
  }

  @Override
  public Future<?> start() {
    service = new ServiceBinder(vertx).setAddress(CacheService.ADDRESS)
        .register(CacheService.class, new CacheServiceImpl(vertx, cache, dropHistory, origin));
    events = vertx.eventBus().consumer(Addresses.CACHE_EVENTS_INVALIDATED, msg -> onInvalidated(msg.body()));
    return Future.all(service.completion(), events.completion());
  }

  private void onInvalidated(JsonObject event) {
    if (event == null || origin.equals(event.getString("origin"))) {
      return;
    }
    JsonArray prefixes = event.getJsonArray("prefixes", new JsonArray());
    JsonArray invalidated = event.getJsonArray("invalidated", new JsonArray());
    List<String> local = "in_process".equals(cache.kind())
        ? prefixes.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
    CacheServiceImpl.drop(cache, local, invalidated.contains(CacheDomains.HISTORY) ? dropHistory : null)
        .onSuccess(n -> LOG.info("cache invalidated by another node: domain {}, {} local entries deleted",
            event.getString("domain"), n));
  }

  @Override
  public Future<?> stop() {
    return Future.all(service == null ? Future.succeededFuture() : service.unregister(),
        events == null ? Future.succeededFuture() : events.unregister());
  }
}
