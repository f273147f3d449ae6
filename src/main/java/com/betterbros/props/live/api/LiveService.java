package com.betterbros.props.live.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * The live edge feed at {@value Addresses#LIVE}: what the feed last published, for a new node's
 * subscribers and for other JVM services, and a recompute on demand. The feed's events go out on
 * {@value Addresses#LIVE_EVENTS_EDGES}. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface LiveService {

  String ADDRESS = Addresses.LIVE;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static LiveService createProxy(Vertx vertx, DeliveryOptions options) {
    return new LiveServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /** Every edge and best slip the feed last published, with the sequence number of its last event. */
  Future<LiveBoard> board();

  /**
   * Recomputes the open board now (as an import or a promotion does) and publishes what changed;
   * the reply counts the events. 503 when no production model prices the board yet.
   */
  Future<LiveRecompute> recompute();
}
