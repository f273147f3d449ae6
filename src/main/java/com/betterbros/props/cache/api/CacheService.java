package com.betterbros.props.cache.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Operator cache invalidation at {@value Addresses#CACHE}, served by every node that holds a cache.
 * The node that answers drops the domain's entries from its cache (Redis, shared by all nodes, or
 * its own in-process one) and publishes {@value Addresses#CACHE_EVENTS_INVALIDATED}, on which every
 * node drops its in-process entries too. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface CacheService {

  String ADDRESS = Addresses.CACHE;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static CacheService createProxy(Vertx vertx, DeliveryOptions options) {
    return new CacheServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * Invalidates one domain's cached answers ({@code features}, {@code predictions}, {@code corr},
   * {@code context}, {@code history} — the node's history snapshot — or {@code all}); 400
   * {@code domain} naming the valid ones otherwise.
   */
  Future<CacheInvalidation> invalidate(String domain);
}
