package com.betterbros.props.model.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Predictions from the production model, at {@value Addresses#MODEL} (a worker verticle: Tribuo
 * inference never runs on an event loop). Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface ModelService {

  String ADDRESS = Addresses.MODEL;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static ModelService createProxy(Vertx vertx, DeliveryOptions options) {
    return new ModelServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * Batch prediction. Body: {"prop_ids":[...]} or {"props":[{player_id, game_id, stat_type, line,
   * platform}]}, optional "explain": true, optional "slip": {"platform", "legs"} for the breakeven
   * (default: the prop's platform, 2-leg Power). Items answer in order, each a prediction or an
   * item error {prop_id, error, status, message} (404 unknown prop/player/game, 422 unsupported
   * sport or stat type, or a player or game without history): one bad item never fails the batch.
   * 400 for a malformed body; 503 while no production model exists, saying why.
   */
  Future<PredictionBatch> predict(PredictRequest body);

  /** The production model the answering node serves: {status: "ready"|"none", model: {...}, node_id}. */
  Future<ModelStatus> status();
}
