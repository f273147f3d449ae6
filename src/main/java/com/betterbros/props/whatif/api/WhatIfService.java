package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * What-if scenarios at {@value Addresses#WHATIF} (a worker verticle on its own pool): slip
 * sensitivity, injury and lineup scenarios re-priced without touching stored data, and saved
 * scenarios per user. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface WhatIfService {

  String ADDRESS = Addresses.WHATIF;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static WhatIfService createProxy(Vertx vertx, DeliveryOptions options) {
    return new WhatIfServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * A slip's EV and P(all), their analytic derivatives by each leg's p and each pair's correlation,
   * each leg's break-even p and a grid of EV and P(all) as one leg's p moves. The legs, correlation
   * and payout are checked (and prop ids priced) by {@code optimize.service} {@code simulate}; 400
   * naming the bad field ({@code vary}, {@code vary.leg}, {@code vary.from}, {@code vary.to},
   * {@code vary.steps}, {@code payout}, an unknown field, or simulate's own), its 404/422/503 pass through.
   */
  Future<SensitivityReport> sensitivity(SensitivityRequest body);
}
