package com.betterbros.props.whatif;

import com.betterbros.props.optimize.api.SlipSimulation;
import com.betterbros.props.whatif.api.SensitivityReport;
import com.betterbros.props.whatif.core.SlipSensitivity;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Builds a {@link SensitivityReport} from the body and {@code optimize.service simulate}'s reply:
 * the legs' p come from the body (explicit legs) or the reply (prop ids), as does R; the payout
 * table is the reply's {@code payout.multipliers} times its {@code leg_multiplier_product}.
 * CPU-bound (one exact orthant call per derivative, about 20 per break-even): run on the worker.
 */
final class SensitivityReply {

  private SensitivityReply() {}

  /** The report; {@code lineP} (with {@code check.lines()}) the varied leg's p at each line, else null. */
  static SensitivityReport of(JsonObject body, SensitivityCheck check, SlipSimulation sim, double[] lineP) {
    JsonObject reply = sim.toJson();
    boolean priced = body.containsKey("prop_ids");
    JsonArray legs = priced ? reply.getJsonArray("legs") : body.getJsonArray("legs");
    int n = legs.size();
    check.within(n);
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = legs.getJsonObject(i).getDouble("p");
    }
    double[][] r = matrix(priced ? reply.getJsonArray("correlation") : body.getJsonArray("correlation"), n);
    JsonObject payout = reply.getJsonObject("payout");
    double factor = payout.getDouble("leg_multiplier_product", 1.0);
    double[] m = new double[n + 1];
    payout.getJsonObject("multipliers").forEach(e -> m[Integer.parseInt(e.getKey())] = ((Number) e.getValue()).doubleValue() * factor);

    double[] hits = SlipSensitivity.hits(p, r);
    JsonArray legOut = new JsonArray();
    for (int i = 0; i < n; i++) {
      JsonObject leg = legs.getJsonObject(i);
      double be = SlipSensitivity.breakEven(p, r, m, i);
      legOut.add(new JsonObject()
          .put("index", i)
          .put("id", priced ? leg.getString("prop_id") : leg.getString("id"))
          .put("side", priced ? leg.getString("side") : null)
          .put("p", p[i])
          .put("d_ev_dp", SlipSensitivity.dEvDp(p, r, m, i))
          .put("d_p_all_dp", SlipSensitivity.dPAllDp(p, r, i))
          .put("break_even_p", Double.isNaN(be) ? null : be));
    }
    JsonArray pairs = new JsonArray();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        pairs.add(new JsonObject().put("i", i).put("j", j).put("rho", r[i][j])
            .put("d_ev_drho", SlipSensitivity.dEvDrho(p, r, m, i, j))
            .put("d_p_all_drho", SlipSensitivity.dPAllDrho(p, r, i, j)));
      }
    }
    JsonArray points = new JsonArray();
    double[] grid = lineP != null ? lineP : check.grid(p[check.leg()]);
    for (int g = 0; g < grid.length; g++) {
      double[] h = SlipSensitivity.hits(SlipSensitivity.with(p, check.leg(), grid[g]), r);
      JsonObject point = new JsonObject().put("p", grid[g]).put("ev", SlipSensitivity.ev(h, m)).put("p_all", h[n]);
      points.add(lineP != null ? point.put("line", check.lines()[g]) : point);
    }
    JsonArray correlation = new JsonArray();
    for (double[] row : r) {
      correlation.add(new JsonArray(java.util.Arrays.stream(row).boxed().toList()));
    }
    return new SensitivityReport(new JsonObject()
        .put("p_all", hits[n])
        .put("ev", SlipSensitivity.ev(hits, m))
        .put("legs", legOut)
        .put("pairs", pairs)
        .put("grid", new JsonObject().put("leg", check.leg()).put("points", points))
        .put("payout", payout)
        .put("correlation", correlation)
        .put("method", "analytic")
        .put("model_version", reply.getString("model_version")));
  }

  private static double[][] matrix(JsonArray rows, int n) {
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i][j] = rows == null ? (i == j ? 1 : 0) : rows.getJsonArray(i).getDouble(j);
      }
    }
    return r;
  }
}
