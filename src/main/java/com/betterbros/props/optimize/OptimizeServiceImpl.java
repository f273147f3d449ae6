package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.math.MonteCarloSlips;
import com.betterbros.props.math.SlipDistribution;
import com.betterbros.props.math.SlipProbabilities;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.core.InfeasibleConstraintException;
import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.OptimizedSlip;
import com.betterbros.props.optimize.core.ParlayLeg;
import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SearchBudgetException;
import com.betterbros.props.optimize.core.SlipBoard;
import com.betterbros.props.optimize.core.SlipEconomics;
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
  private final SlipOptimizer optimizer = new SlipOptimizer();
  private final PropLegs legs;
  private final OpenBoard board;

  OptimizeServiceImpl(PayoutTables payouts, Clock clock, PropLegs legs, OpenBoard board) {
    this.payouts = payouts;
    this.clock = clock;
    this.legs = legs;
    this.board = board;
  }

  @Override
  public Future<JsonObject> payouts() {
    PayoutVersion current;
    try {
      current = current();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    JsonObject platforms = new JsonObject();
    for (PayoutTable t : current.tables()) {
      JsonObject modes = platforms.getJsonObject(t.platform(), new JsonObject());
      JsonObject sizes = modes.getJsonObject(t.mode(), new JsonObject());
      sizes.put(Integer.toString(t.legs()), new JsonObject()
          .put("multipliers", multipliers(t))
          .put("breakeven", finite(SlipEconomics.breakeven(t))));
      modes.put(t.mode(), sizes);
      platforms.put(t.platform(), modes);
    }
    JsonArray versions = new JsonArray();
    payouts.versions().forEach(v -> versions.add(describe(v)));
    return Future.succeededFuture(describe(current).put("platforms", platforms).put("versions", versions));
  }

  @Override
  public Future<JsonObject> simulate(JsonObject body) {
    JsonObject json = body == null ? new JsonObject() : body;
    try {
      PayoutVersion current = current();
      if (json.containsKey("prop_ids")) {
        PropIdsRequest ids = PropIdsRequest.parse(json, SimulateRequest.MIN_LEGS, SimulateRequest.MAX_LEGS, true);
        SimulateRequest.parse(ids.withStandInLegs(), current);
        return legs.price(ids.ids(), ids.sides())
            .compose(pricing -> legs.matrix(pricing.legs()).map(r -> simulatePriced(ids, pricing, r, current)));
      }
      return Future.succeededFuture(simulated(SimulateRequest.parse(json, current), current));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  // the explicit-legs simulation of the priced legs and their matrix, plus legs, correlation and model_version
  private JsonObject simulatePriced(PropIdsRequest ids, PropLegs.Pricing pricing, double[][] r, PayoutVersion current) {
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
    return simulated(req, current, factor).put("legs", legsJson).put("correlation", matrix)
        .put("model_version", pricing.modelVersion());
  }

  private JsonObject simulated(SimulateRequest req, PayoutVersion current) {
    return simulated(req, current, 1.0);
  }

  /**
   * The slip's distribution and economics; {@code factor} multiplies every payout (the product of
   * the legs' payout multipliers: Underdog pays a boosted line's multiplier on the whole entry).
   */
  private JsonObject simulated(SimulateRequest req, PayoutVersion current, double factor) {
    SlipDistribution d = req.monteCarlo()
        ? MonteCarloSlips.simulate(req.p(), req.correlation(), req.simulations(), req.seed())
        : SlipProbabilities.exact(req.p(), req.correlation());
    double[] m = SlipEconomics.scaled(req.table().byHits(), factor);
    double[] hits = d.hits();
    JsonArray distribution = new JsonArray();
    for (double h : hits) {
      distribution.add(h);
    }
    JsonObject reply = new JsonObject()
        .put("p_all", d.pAll())
        .put("hit_distribution", distribution)
        .put("ev", SlipEconomics.expectedValue(hits, m))
        .put("p_profit", SlipEconomics.profitProbability(hits, m))
        .put("variance", SlipEconomics.variance(hits, m))
        .put("kelly_fraction", SlipEconomics.kellyFraction(hits, m))
        .put("std_error", d.stdError())
        .put("method", req.monteCarlo() ? "monte_carlo" : "exact")
        .put("payout", new JsonObject()
            .put("platform", req.table().platform())
            .put("mode", req.table().mode())
            .put("legs", req.table().legs())
            .put("multipliers", multipliers(req.table()))
            .put("leg_multiplier_product", factor)
            .put("breakeven", finite(SlipEconomics.breakeven(req.table())))
            .put("version", current.version()));
    if (req.monteCarlo()) {
      reply.put("simulations", req.simulations()).put("seed", req.seed());
    }
    return reply;
  }

  @Override
  public Future<JsonObject> parlays(JsonObject body) {
    JsonObject json = body == null ? new JsonObject() : body;
    try {
      PayoutVersion current = current();
      if (json.containsKey("prop_ids")) {
        PropIdsRequest ids = PropIdsRequest.parse(json, ParlaysRequest.MIN_LEGS, ParlaysRequest.MAX_LEGS, false);
        SlipQuery query = ParlaysRequest.parse(ids.withStandInLegs(), current).query();
        return legs.price(ids.ids(), null).compose(pricing -> {
          Future<List<String>> teams = legs.teams(ids.ids());
          Future<double[][]> r = BoardCorrelation.of(legs, pricing.legs());
          return Future.all(teams, r).compose(all -> {
            List<ParlayLeg> board = new ArrayList<>();
            JsonArray legsJson = new JsonArray();
            for (int i = 0; i < pricing.legs().size(); i++) {
              PropLegs.Priced leg = pricing.legs().get(i);
              board.add(new ParlayLeg(leg.propId(), leg.p(), leg.player(), teams.result().get(i), leg.game(),
                  leg.multiplier()));
              legsJson.add(leg.toJson());
            }
            return optimize(SlipBoard.of(board, r.result()), query, current)
                .map(reply -> reply.put("legs", legsJson).put("model_version", pricing.modelVersion()));
          });
        });
      }
      ParlaysRequest req = ParlaysRequest.parse(json, current);
      return optimize(req.board(), req.query(), current);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public Future<JsonObject> slips(JsonObject query) {
    int limit;
    PayoutVersion current;
    try {
      current = current();
      limit = new QueryParams(query).limit();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return board.load().map(priced -> SlipDetection.detect(priced.modelVersion(), current, priced.props(), limit));
  }

  private Future<JsonObject> optimize(SlipBoard slipBoard, SlipQuery query, PayoutVersion current) {
    try {
      SlipSearchResult result = optimizer.optimize(slipBoard, query);
      return Future.succeededFuture(parlaysReply(result, query, current));
    } catch (InfeasibleConstraintException e) {
      return Future.failedFuture(Failures.unprocessable(e.constraint(), e.getMessage()));
    } catch (SearchBudgetException e) {
      return Future.failedFuture(Failures.unprocessable("method", e.getMessage()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static JsonObject parlaysReply(SlipSearchResult result, SlipQuery query, PayoutVersion current) {
    JsonArray slips = new JsonArray();
    for (OptimizedSlip s : result.slips()) {
      JsonArray hits = new JsonArray();
      for (double h : s.hitDistribution()) {
        hits.add(h);
      }
      slips.add(new JsonObject()
          .put("legs", new JsonArray(s.legs()))
          .put("p_all", s.pAll())
          .put("hit_distribution", hits)
          .put("ev", s.ev())
          .put("kelly_fraction", s.kellyFraction())
          .put("leg_multiplier_product", s.legMultiplierProduct()));
    }
    JsonObject reply = new JsonObject()
        .put("slips", slips)
        .put("method", result.method().wire())
        .put("evaluated", result.evaluated())
        .put("elapsed_ms", result.elapsedMs())
        .put("payout", new JsonObject()
            .put("platform", query.table().platform())
            .put("mode", query.table().mode())
            .put("legs", query.table().legs())
            .put("version", current.version()));
    if (query.method() == OptimizeMethod.GENETIC) {
      reply.put("seed", query.seed());
    }
    return reply;
  }

  private PayoutVersion current() {
    try {
      return payouts.current(LocalDate.now(clock));
    } catch (IllegalStateException e) {
      throw Failures.unavailable(e.getMessage());
    }
  }

  private static JsonObject describe(PayoutVersion v) {
    return new JsonObject()
        .put("version", v.version())
        .put("source", v.source())
        .put("effective_date", v.effectiveDate().toString());
  }

  private static JsonObject multipliers(PayoutTable t) {
    JsonObject m = new JsonObject();
    t.multipliers().forEach((k, v) -> m.put(Integer.toString(k), v));
    return m;
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
