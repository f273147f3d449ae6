package com.betterbros.props.eval.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Evaluation of the engine's track record at {@value Addresses#EVAL} (a worker verticle). Failures
 * are {@code ServiceException}s whose code is the HTTP status. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface EvalService {

  String ADDRESS = Addresses.EVAL;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static EvalService createProxy(Vertx vertx, DeliveryOptions options) {
    return new EvalServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * The calibration of a model on its holdout (the games after its training): overall and by
   * segment. {@code userId} owns the experiment asked for ("production" is anyone's). 400 naming a
   * bad query field; 404 an unknown experiment, another user's, or no production model; 409 an
   * experiment that has not succeeded; 422 when no holdout row falls in [from, to].
   */
  Future<Calibration> calibration(String userId, CalibrationQuery query);
}
