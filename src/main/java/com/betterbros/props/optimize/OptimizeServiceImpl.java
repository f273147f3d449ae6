package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.math.MonteCarloSlips;
import com.betterbros.props.math.SlipDistribution;
import com.betterbros.props.math.SlipProbabilities;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Payouts, slip simulation and slip optimisation. It computes on the calling thread: the verticle that binds it is
 * a worker, so the service never blocks an event loop.
 */
public final class OptimizeServiceImpl implements OptimizeService {

  private final PayoutTables payouts;
  private final Clock clock;
  private final SlipOptimizer optimizer = new SlipOptimizer();

  public OptimizeServiceImpl(PayoutTables payouts, Clock clock) {
    this.payouts = payouts;
    this.clock = clock;
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
    PayoutVersion current;
    SimulateRequest req;
    try {
      current = current();
      req = SimulateRequest.parse(body == null ? new JsonObject() : body, current);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    SlipDistribution d = req.monteCarlo()
        ? MonteCarloSlips.simulate(req.p(), req.correlation(), req.simulations(), req.seed())
        : SlipProbabilities.exact(req.p(), req.correlation());
    double[] m = req.table().byHits();
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
            .put("breakeven", finite(SlipEconomics.breakeven(req.table())))
            .put("version", current.version()));
    if (req.monteCarlo()) {
      reply.put("simulations", req.simulations()).put("seed", req.seed());
    }
    return Future.succeededFuture(reply);
  }

  @Override
  public Future<JsonObject> parlays(JsonObject body) {
    try {
      PayoutVersion current = current();
      ParlaysRequest req = ParlaysRequest.parse(body == null ? new JsonObject() : body, current);
      SlipSearchResult result = optimizer.optimize(req.board(), req.query());
      return Future.succeededFuture(parlaysReply(result, req.query(), current));
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
          .put("kelly_fraction", s.kellyFraction()));
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
