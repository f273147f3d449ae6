package com.betterbros.props.props.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;

/**
 * The props domain on the event bus at {@value Addresses#PROPS}. Failures are
 * {@code ServiceException}s whose code is the HTTP status (400 bad field, 404, 502 upstream, 504).
 * Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface PropsService {

  String ADDRESS = Addresses.PROPS;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static PropsService createProxy(Vertx vertx, DeliveryOptions options) {
    return new PropsServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * One page of props. Query keys (strings or numbers): platform, sport, stat_type, player, team,
   * game_id, from, to (ISO instant or date), status (open, closed, settled: the lifecycle status
   * now), odds_type, sort (upcoming by default; start_time, -start_time, line, -line, player),
   * limit (1..500, default 50), offset.
   */
  Future<PropPage> list(PropFilter query);

  /** One prop with its lifecycle status, its outcome once settled, and its {@code line_history}; 404 when unknown. */
  Future<PropDetail> get(String id);

  /**
   * Imports a platform's raw feed (the JSON text as the platform serves it). Replies
   * {platform, imported, updated, unchanged, skipped, skipped_reasons}; malformed JSON is a 400
   * and stores nothing.
   */
  Future<ImportSummary> importFeed(String platform, String feed);

  /**
   * Fetches the configured platform URL(s) and imports them; platform null = every configured one.
   * A timeout (504) or a non-200 answer (502) of any platform imports nothing.
   */
  Future<RefreshResult> refresh(String platform);
}
