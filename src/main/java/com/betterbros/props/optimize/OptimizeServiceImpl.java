package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.optimize.api.DetectedSlips;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.ParlaysResult;
import com.betterbros.props.optimize.api.Payouts;
import com.betterbros.props.optimize.api.SlipDetectionQuery;
import com.betterbros.props.optimize.api.SlipSearchRequest;
import com.betterbros.props.optimize.api.SlipSimulation;
import com.betterbros.props.optimize.api.SlipSimulationRequest;
import com.betterbros.props.optimize.core.InfeasibleConstraintException;
import com.betterbros.props.optimize.core.ParlayLeg;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SearchBudgetException;
import com.betterbros.props.optimize.core.SlipBoard;
import com.betterbros.props.optimize.core.SlipOptimizer;
import com.betterbros.props.optimize.core.SlipQuery;
import com.betterbros.props.optimize.core.SlipSearchResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Payouts, slip simulation, slip optimisation and slip detection. It computes on the calling thread (or on the
 * worker context that completes a call to another domain): the verticle that binds it is a worker, so the service
 * never blocks an event loop. The {@code prop_ids} forms and slip detection ask the model, correlation and props
 * domains through {@link PropLegs} and {@link OpenBoard} (service proxies only).
 */
public final class OptimizeServiceImpl implements OptimizeService {

  private final PayoutTables payouts;
  private final Clock clock;
  private final SlipOptimizer optimizer;
  private final PropLegs legs;
  private final OpenBoard board;

  OptimizeServiceImpl(PayoutTables payouts, Clock clock, PropLegs legs, OpenBoard board, SlipOptimizer optimizer) {
    this.optimizer = optimizer;
    this.payouts = payouts;
    this.clock = clock;
    this.legs = legs;
    this.board = board;
  }

  @Override
  public Future<Payouts> payouts() {
    try {
      return Future.succeededFuture(OptimizeReplies.payouts(current(), payouts));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public Future<SlipSimulation> simulate(SlipSimulationRequest body) {
    JsonObject json = body == null ? new JsonObject() : body.toJson();
    try {
      PayoutVersion current = current();
      if (json.containsKey("prop_ids")) {
        PropIdsRequest ids = PropIdsRequest.parse(json, SimulateRequest.MIN_LEGS, SimulateRequest.MAX_LEGS, true);
        SimulateRequest.parse(ids.withStandInLegs(), current);
        return legs.price(ids.ids(), ids.sides())
            .compose(pricing -> legs.matrix(pricing.legs()).map(r -> simulatePriced(ids, pricing, r, current)));
      }
      return Future.succeededFuture(OptimizeReplies.simulation(SimulateRequest.parse(json, current), current, 1.0));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  // the explicit-legs simulation of the priced legs and their matrix, plus legs, correlation and model_version
  private SlipSimulation simulatePriced(PropIdsRequest ids, PropLegs.Pricing pricing, double[][] r, PayoutVersion current) {
    JsonArray legsJson = new JsonArray();
    JsonArray pOnly = new JsonArray();
    for (PropLegs.Priced leg : pricing.legs()) {
      legsJson.add(leg.toJson());
      pOnly.add(new JsonObject().put("p", leg.p()));
    }
    JsonArray matrix = new JsonArray();
    for (double[] row : r) {
      JsonArray json = new JsonArray();
      for (double x : row) {
        json.add(x);
      }
      matrix.add(json);
    }
    SimulateRequest req = SimulateRequest.parse(ids.rest().copy().put("legs", pOnly).put("correlation", matrix), current);
    double factor = 1;
    for (PropLegs.Priced leg : pricing.legs()) {
      factor *= leg.multiplier();
    }
    SlipSimulation simulation = OptimizeReplies.simulation(req, current, factor);
    simulation.toJson().put("legs", legsJson).put("correlation", matrix).put("model_version", pricing.modelVersion());
    return simulation;
  }

  @Override
  public Future<ParlaysResult> parlays(SlipSearchRequest body) {
    JsonObject json = body == null ? new JsonObject() : body.toJson();
    try {
      PayoutVersion current = current();
      if (json.containsKey("prop_ids")) {
        PropIdsRequest ids = PropIdsRequest.parse(json, ParlaysRequest.MIN_LEGS, ParlaysRequest.MAX_LEGS, false);
        ParlaysRequest parsed = ParlaysRequest.parse(ids.withStandInLegs(), current);
        SlipQuery query = parsed.query();
        return legs.price(ids.ids(), null).compose(pricing -> {
          return BoardCorrelation.of(legs, pricing.legs()).compose(r -> {
            List<ParlayLeg> board = new ArrayList<>();
            JsonArray legsJson = new JsonArray();
            for (PropLegs.Priced leg : pricing.legs()) {
              board.add(new ParlayLeg(leg.propId(), leg.p(), leg.player(), leg.team(), leg.game(), leg.multiplier()));
              legsJson.add(leg.toJson());
            }
            return optimize(SlipBoard.of(board, r), query, parsed.portfolio(), current)
                .map(reply -> {
                  reply.toJson().put("legs", legsJson).put("model_version", pricing.modelVersion());
                  return reply;
                });
          });
        });
      }
      ParlaysRequest req = ParlaysRequest.parse(json, current);
      return optimize(req.board(), req.query(), req.portfolio(), current);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public Future<DetectedSlips> slips(SlipDetectionQuery query) {
    int limit;
    PayoutVersion current;
    try {
      current = current();
      limit = new QueryParams(query == null ? null : query.toJson()).limit();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return board.load().map(priced -> new DetectedSlips(
        SlipDetection.detect(priced.modelVersion(), current, priced.props(), limit)));
  }

  private Future<ParlaysResult> optimize(SlipBoard slipBoard, SlipQuery query, PortfolioOptions portfolio,
      PayoutVersion current) {
    try {
      SlipSearchResult result = optimizer.optimize(slipBoard, query);
      ParlaysResult reply = OptimizeReplies.parlays(result, query, current);
      reply.toJson().put("portfolio", PortfolioReply.of(slipBoard, result, query, portfolio));
      return Future.succeededFuture(reply);
    } catch (InfeasibleConstraintException e) {
      return Future.failedFuture(Failures.unprocessable(e.constraint(), e.getMessage()));
    } catch (SearchBudgetException e) {
      return Future.failedFuture(Failures.unprocessable("method", e.getMessage()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private PayoutVersion current() {
    try {
      return payouts.current(LocalDate.now(clock));
    } catch (IllegalStateException e) {
      throw Failures.unavailable(e.getMessage());
    }
  }
}
