package com.betterbros.props.model.api;

import com.betterbros.props.model.core.PropModel;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The production model this node serves, one copy shared in-process by the domains that price
 * legs (model, correlations). It follows promotions published on the bus.
 */
public interface ProductionModel {

  /** A stored model's description with its deserialized model. */
  record Loaded(StoredModel stored, PropModel model) {}

  /** The loaded production model, or null. */
  Loaded current();

  /** Loads the registry's production model (if any); call from a worker thread: it deserializes. */
  Future<Loaded> loadProduction();

  /**
   * Follows promotion events; call from a worker verticle (deserializing runs on its thread). The
   * first caller on a node subscribes, later calls do nothing.
   */
  void listen(Vertx vertx);
}
