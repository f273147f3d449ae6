package com.betterbros.props.whatif;

import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.SlipSimulationRequest;
import com.betterbros.props.whatif.api.SensitivityReport;
import com.betterbros.props.whatif.api.SensitivityRequest;
import com.betterbros.props.whatif.api.WhatIfService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * The what-if service. It computes on the worker context that binds it (and that completes its
 * calls to other domains), so no derivative or re-pricing runs on an event loop.
 */
public final class WhatIfServiceImpl implements WhatIfService {

  private final OptimizeService optimize;

  WhatIfServiceImpl(OptimizeService optimize) {
    this.optimize = optimize;
  }

  @Override
  public Future<SensitivityReport> sensitivity(SensitivityRequest request) {
    JsonObject body = request == null ? new JsonObject() : request.toJson();
    SensitivityCheck check;
    try {
      check = SensitivityCheck.parse(body);
      int n = SensitivityCheck.legCount(body);
      if (n > 0) {
        check.within(n);
      }
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    JsonObject slip = body.copy();
    slip.remove("vary");
    // simulate checks legs, correlation, payout (and prices prop ids): its 400s name the same fields
    return optimize.simulate(new SlipSimulationRequest(slip))
        .compose(sim -> {
          try {
            return Future.succeededFuture(SensitivityReply.of(body, check, sim));
          } catch (RuntimeException e) {
            return Future.failedFuture(e);
          }
        });
  }
}
