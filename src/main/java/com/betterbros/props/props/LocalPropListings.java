package com.betterbros.props.props;

import com.betterbros.props.props.api.PropFilter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The props listing of the props service running on this node, if one does, for {@link PropsRoutes}:
 * {@code GET /props} then answers the kept JSON bytes ({@link PropListingCache}) without the bus hop
 * (and the page's copy and re-encoding it costs). The gateway's checks (token, account, tier matrix,
 * rate limit, query guard) ran before the route either way; a node without the props role goes
 * through {@code props.service} on the bus as before. One registration per Vert.x instance.
 */
final class LocalPropListings {

  private static final Map<Vertx, PropsServiceImpl> RUNNING = new ConcurrentHashMap<>();

  private LocalPropListings() {}

  /** {@code service} now serves listings of {@code vertx}'s gateway (the first registered one stays). */
  static void register(Vertx vertx, PropsServiceImpl service) {
    RUNNING.putIfAbsent(vertx, service);
  }

  /** {@code service} stops (its verticle is undeployed). */
  static void unregister(Vertx vertx, PropsServiceImpl service) {
    RUNNING.remove(vertx, service);
  }

  /**
   * The listing's JSON bytes from the local props service, or null when none runs on {@code vertx}:
   * the query of {@code rawQuery} as {@link ListingQueries#key} remembers it ({@code filter} is
   * parsed when it does not), so a kept listing costs no parsing.
   */
  static Future<Buffer> list(Vertx vertx, String rawQuery, Supplier<PropFilter> filter) {
    PropsServiceImpl local = RUNNING.get(vertx);
    if (local == null) {
      return null;
    }
    try {
      return local.listBytes(ListingQueries.key(rawQuery, filter));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}
