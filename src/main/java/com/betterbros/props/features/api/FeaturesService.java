package com.betterbros.props.features.api;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.features.core.FeatureSet;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Feature vectors on the event bus at {@value Addresses#FEATURES}: for a (player, game, stat) the
 * {@link FeatureSet} as of tip-off, from data strictly before the game's date. Each result is
 * cached one hour under a key holding {@link FeatureSet#VERSION}. Failures are
 * {@code ServiceException}s whose code is the HTTP status (400 bad field, 404, 422 unsupported stat
 * type). Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface FeaturesService {

  String ADDRESS = Addresses.FEATURES;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static FeaturesService createProxy(Vertx vertx, DeliveryOptions options) {
    return new FeaturesServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * One player's features for a game. Query: game_id (required), stat_type (required), line
   * (optional; default the posted prop's line, else the line-relative features are null). Reply:
   * {player_id, game_id, stat_type, line, line_source, feature_set_version, features: {name: value}}.
   */
  Future<Features> forPlayer(String playerId, FeatureQuery query);

  /**
   * A batch: {"items": [{player_id, game_id, stat_type, line?}]}, at most 1,000 items. Reply:
   * {"items": [...]} in request order, each shaped like {@link #forPlayer}. Any bad item fails the
   * whole batch, naming it ({@code items[3].stat_type}).
   */
  Future<FeatureBatch> compute(FeatureBatchRequest body);
}
