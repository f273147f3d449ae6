package com.betterbros.props.optimize;

import com.betterbros.props.math.PortfolioMonteCarlo;
import com.betterbros.props.optimize.core.ExposurePacking;
import com.betterbros.props.optimize.core.OptimizedSlip;
import com.betterbros.props.optimize.core.SlipBoard;
import com.betterbros.props.optimize.core.SlipEconomics;
import com.betterbros.props.optimize.core.SlipQuery;
import com.betterbros.props.optimize.core.SlipSearchResult;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code portfolio} object of a parlays reply: the returned slips taken together, one unit
 * staked on each. Its legs (the union of the slips' legs) are simulated once, jointly, by {@link
 * PortfolioMonteCarlo} on their submatrix of the board's correlation; and how the slips were chosen
 * under max_exposure ({@link ExposurePacking} when the cap binds).
 */
final class PortfolioReply {

  private PortfolioReply() {}

  /** The portfolio of the result's slips on the board (null when there are none). */
  static JsonObject of(SlipBoard board, SlipSearchResult result, SlipQuery query, PortfolioOptions options) {
    if (result.slips().isEmpty()) {
      return null;
    }
    // the union of the slips' legs, renumbered 0..n-1 in order of first use
    Map<Integer, Integer> index = new LinkedHashMap<>();
    int[][] slips = new int[result.slips().size()][];
    double[][] payouts = new double[slips.length][];
    for (int s = 0; s < slips.length; s++) {
      OptimizedSlip slip = result.slips().get(s);
      slips[s] = new int[slip.indices().length];
      for (int j = 0; j < slip.indices().length; j++) {
        slips[s][j] = index.computeIfAbsent(slip.indices()[j], k -> index.size());
      }
      payouts[s] = SlipEconomics.scaled(query.table().byHits(), slip.legMultiplierProduct());
    }
    int[] legs = index.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] p = new double[legs.length];
    double[][] r = new double[legs.length][legs.length];
    for (int i = 0; i < legs.length; i++) {
      p[i] = board.legs().get(legs[i]).p();
      for (int j = 0; j < legs.length; j++) {
        r[i][j] = board.correlation(legs[i], legs[j]);
      }
    }
    PortfolioMonteCarlo.Result sim =
        PortfolioMonteCarlo.simulate(p, r, slips, payouts, options.simulations(), options.seed());
    int cap = query.constraints().exposureCap(query.topK());
    return new JsonObject()
        .put("slips", slips.length)
        .put("legs", legs.length)
        .put("stake", slips.length)
        .put("p_any_pays", sim.pAnyPays())
        .put("p_any_pays_std_error", sim.pAnyPaysStdError())
        .put("expected_profit", sim.expectedProfit())
        .put("expected_profit_std_error", sim.expectedProfitStdError())
        .put("p_profit", sim.pProfit())
        .put("p_profit_std_error", sim.pProfitStdError())
        .put("total_ev", result.slips().stream().mapToDouble(OptimizedSlip::ev).sum())
        .put("method", "monte_carlo")
        .put("simulations", sim.draws())
        .put("seed", sim.seed())
        .put("max_exposure_cap", Math.min(cap, query.topK()))
        .put("selection", selection(result.exposure()));
  }

  private static JsonObject selection(ExposurePacking.Packing packing) {
    if (packing == null) {
      return new JsonObject().put("method", "best_first");
    }
    return new JsonObject()
        .put("method", "set_packing")
        .put("pool_size", packing.poolSize())
        .put("nodes", packing.nodes())
        .put("optimal", packing.optimal())
        .put("total_ev", packing.totalEv())
        .put("greedy_total_ev", packing.greedyTotalEv())
        .put("greedy_slips", packing.greedy().size());
  }
}
