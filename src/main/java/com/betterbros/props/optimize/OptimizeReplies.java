package com.betterbros.props.optimize;

import com.betterbros.props.math.MonteCarloSlips;
import com.betterbros.props.math.SlipDistribution;
import com.betterbros.props.math.SlipProbabilities;
import com.betterbros.props.optimize.api.ParlaysResult;
import com.betterbros.props.optimize.api.Payouts;
import com.betterbros.props.optimize.api.SlipSimulation;
import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.OptimizedSlip;
import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SlipEconomics;
import com.betterbros.props.optimize.core.SlipQuery;
import com.betterbros.props.optimize.core.SlipSearchResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The optimizer's replies, built from its results: payout tables, one slip's simulation, a search's slips. */
final class OptimizeReplies {

  private OptimizeReplies() {}

  /** The version in force with its tables by platform, mode and size, and every known version. */
  static Payouts payouts(PayoutVersion current, PayoutTables all) {
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
    all.versions().forEach(v -> versions.add(describe(v)));
    return new Payouts(describe(current).put("platforms", platforms).put("versions", versions));
  }

  /**
   * The slip's distribution and, with a payout table, its economics; {@code factor} multiplies every
   * payout (the product of the legs' payout multipliers: Underdog pays a boosted line's multiplier
   * on the whole entry). E[K] and Var(K) of the number of winning legs come from the distribution.
   */
  static SlipSimulation simulation(SimulateRequest req, PayoutVersion current, double factor) {
    SlipDistribution d = req.monteCarlo()
        ? MonteCarloSlips.simulate(req.p(), req.correlation(), req.simulations(), req.seed())
        : SlipProbabilities.exact(req.p(), req.correlation());
    double[] hits = d.hits();
    JsonArray distribution = new JsonArray();
    double mean = 0;
    double second = 0;
    for (int k = 0; k < hits.length; k++) {
      distribution.add(hits[k]);
      mean += k * hits[k];
      second += (double) k * k * hits[k];
    }
    JsonObject reply = new JsonObject()
        .put("p_all", d.pAll())
        .put("hit_distribution", distribution)
        .put("hits_mean", mean)
        .put("hits_variance", Math.max(0, second - mean * mean))
        .put("std_error", d.stdError())
        .put("method", req.monteCarlo() ? "monte_carlo" : "exact");
    if (req.table() == null) {
      reply.putNull("ev").putNull("p_profit").putNull("variance").putNull("kelly_fraction").putNull("payout");
    } else {
      double[] m = SlipEconomics.scaled(req.table().byHits(), factor);
      reply.put("ev", SlipEconomics.expectedValue(hits, m))
          .put("p_profit", SlipEconomics.profitProbability(hits, m))
          .put("variance", SlipEconomics.variance(hits, m))
          .put("kelly_fraction", SlipEconomics.kellyFraction(hits, m))
          .put("payout", new JsonObject()
              .put("platform", req.table().platform())
              .put("mode", req.table().mode())
              .put("legs", req.table().legs())
              .put("multipliers", multipliers(req.table()))
              .put("leg_multiplier_product", factor)
              .put("breakeven", finite(SlipEconomics.breakeven(req.table())))
              .put("version", current.version()));
    }
    if (req.monteCarlo()) {
      reply.put("simulations", req.simulations()).put("seed", req.seed());
    }
    return new SlipSimulation(reply);
  }

  static ParlaysResult parlays(SlipSearchResult result, SlipQuery query, PayoutVersion current) {
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
    SlipSearchResult.SearchReport search = result.search();
    if (search != null) {
      reply.put("search", new JsonObject()
          .put("method", result.method().wire())
          .put("optimal", search.optimal())
          .put("upper_bound", finite(search.upperBound()))
          .put("gap", finite(search.gap()))
          .put("fallback", search.fallback())
          .put("exact_ms", search.exactMs())
          .put("elapsed_ms", result.elapsedMs())
          .put("time_limit_ms", query.timeLimitMs()));
      if (search.fallback() != null) {
        reply.put("seed", query.seed());
      }
    }
    return new ParlaysResult(reply);
  }

  static JsonObject describe(PayoutVersion v) {
    return new JsonObject()
        .put("version", v.version())
        .put("source", v.source())
        .put("effective_date", v.effectiveDate().toString());
  }

  static JsonObject multipliers(PayoutTable t) {
    JsonObject m = new JsonObject();
    t.multipliers().forEach((k, v) -> m.put(Integer.toString(k), v));
    return m;
  }

  static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
