package com.betterbros.props.whatif;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.corr.api.CorrMatrixQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.PayoutChoice;
import com.betterbros.props.optimize.api.SlipLeg;
import com.betterbros.props.optimize.api.SlipSearchRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The best slip of the affected board before and after a scenario, from {@code optimize.service
 * parlays} (exact search, top 1). The board is the (at most {@value #MAX_BOARD}) affected props with
 * the largest edge before or after whose side pays a published multiplier. R comes from one
 * {@code corr.service matrix} call per game, all legs on the over; a leg on the under flips the sign
 * of its row and column (Z → −Z), legs of different games are independent. A void prop is left out
 * after. A failure of either service becomes a note; a 400 on the payout is the caller's 400.
 */
final class ScenarioSlips {

  /** The largest board compared (one correlation call per game covers it). */
  static final int MAX_BOARD = 8;

  private final CorrService corr;
  private final OptimizeService optimize;

  ScenarioSlips(CorrService corr, OptimizeService optimize) {
    this.corr = corr;
    this.optimize = optimize;
  }

  Future<JsonObject> compare(List<PricedProp> affected, ScenarioInput in) {
    List<PricedProp> board = new ArrayList<>(affected.stream()
        .filter(p -> p.before.edge() != null && p.multiplier(p.before.side()) != null)
        .sorted(Comparator.comparing(ScenarioSlips::bestEdge).reversed())
        .limit(MAX_BOARD)
        .toList());
    JsonObject out = new JsonObject().put("size", in.slipSize()).put("payout", in.payout())
        .put("board", new JsonArray(board.stream().map(p -> p.prop.id()).toList()));
    if (board.size() < in.slipSize()) {
      return Future.succeededFuture(out.put("before", null).put("after", null)
          .put("note", "the affected board has " + board.size() + " priced legs, fewer than a slip of " + in.slipSize()));
    }
    return overMatrix(board).compose(r -> {
      Future<JsonObject> before = best(board, r, in, false);
      List<PricedProp> live = board.stream().filter(p -> !p.voided && p.after.edge() != null
          && p.multiplier(p.after.side()) != null).toList();
      Future<JsonObject> after = live.size() < in.slipSize() ? Future.succeededFuture(null)
          : best(live, sub(r, board, live), in, true);
      return Future.all(before, after).map(x -> out.put("before", before.result()).put("after", after.result()));
    }).recover(t -> {
      if (t instanceof ServiceException e && e.failureCode() == 400) {
        return Future.failedFuture(Failures.badRequest("slip.payout", e.getMessage()));
      }
      return Future.succeededFuture(out.put("before", null).put("after", null)
          .put("note", "no slip comparison: " + t.getMessage()));
    });
  }

  private static double bestEdge(PricedProp p) {
    double after = p.after == null || p.after.edge() == null ? Double.NEGATIVE_INFINITY : p.after.edge();
    return Math.max(p.before.edge(), after);
  }

  private Future<JsonObject> best(List<PricedProp> legs, double[][] over, ScenarioInput in, boolean after) {
    List<SlipLeg> slipLegs = new ArrayList<>();
    double[] sign = new double[legs.size()];
    for (int i = 0; i < legs.size(); i++) {
      PricedProp p = legs.get(i);
      String side = after ? p.after.side() : p.before.side();
      sign[i] = "over".equals(side) ? 1 : -1;
      slipLegs.add(new SlipLeg().setId(p.prop.id() + ":" + side).setP(after ? p.after.pSide() : p.before.pSide())
          .setPlayer(p.prop.playerId()).setTeam(p.prop.team()).setGame(p.prop.gameId()).setMultiplier(p.multiplier(side)));
    }
    double[][] r = new double[legs.size()][legs.size()];
    for (int i = 0; i < r.length; i++) {
      for (int j = 0; j < r.length; j++) {
        r[i][j] = i == j ? 1 : sign[i] * sign[j] * over[i][j]; // under = the complement: Z -> -Z
      }
    }
    SlipSearchRequest request = new SlipSearchRequest().setLegs(slipLegs).withCorrelation(r).setSize(in.slipSize())
        .setPayout(new PayoutChoice(in.payout().copy())).setMethod("exact").setTopK(1);
    return optimize.parlays(request).map(reply -> reply.toJson());
  }

  // R of the board with every leg on the over: one corr.service matrix call per game of 2+ legs
  private Future<double[][]> overMatrix(List<PricedProp> board) {
    int n = board.size();
    double[][] r = new double[n][n];
    Map<String, List<Integer>> byGame = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      r[i][i] = 1;
      byGame.computeIfAbsent(board.get(i).prop.gameId(), g -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> calls = byGame.values().stream().filter(g -> g.size() >= 2).toList();
    List<Future<JsonArray>> answers = calls.stream().map(call -> corr.matrix(new CorrMatrixQuery()
        .setPropIds(String.join(",", call.stream().map(i -> board.get(i).prop.id()).toList()))
        .setSides(String.join(",", call.stream().map(i -> "over").toList())))
        .map(m -> m.toJson().getJsonArray("matrix"))).toList();
    return Future.all(answers).map(x -> {
      for (int c = 0; c < calls.size(); c++) {
        List<Integer> call = calls.get(c);
        JsonArray m = answers.get(c).result();
        for (int a = 0; a < call.size(); a++) {
          for (int b = 0; b < call.size(); b++) {
            r[call.get(a)][call.get(b)] = m.getJsonArray(a).getDouble(b);
          }
        }
      }
      return r;
    });
  }

  private static double[][] sub(double[][] r, List<PricedProp> board, List<PricedProp> keep) {
    int[] at = keep.stream().mapToInt(board::indexOf).toArray();
    double[][] s = new double[at.length][at.length];
    for (int i = 0; i < at.length; i++) {
      for (int j = 0; j < at.length; j++) {
        s[i][j] = r[at[i]][at[j]];
      }
    }
    return s;
  }
}
