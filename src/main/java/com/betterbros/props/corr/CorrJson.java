package com.betterbros.props.corr;

import com.betterbros.props.corr.core.CorrelationEstimator;
import com.betterbros.props.corr.core.LegRef;
import com.betterbros.props.corr.core.PairEstimate;
import com.betterbros.props.props.core.Prop;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** JSON shapes of correlation replies (NaN as null: JSON has no NaN). */
final class CorrJson {

  private CorrJson() {}

  /**
   * The matrix reply; {@code residual_mean} says what the residuals were taken against ("model":
   * every leg's stat against the production model's projected mean, "projection": the feature
   * set's pre-game projection, "mixed"), {@code model_version} the model used (or null).
   */
  static JsonObject matrix(List<LegRef> legs, CorrelationEstimator.Result result,
      CorrelationEstimator estimator, String modelVersion) {
    long byModel = legs.stream().filter(l -> estimator.meanSource(l).equals("model")).count();
    String residualMean = byModel == legs.size() ? "model" : byModel == 0 ? "projection" : "mixed";
    JsonArray matrix = new JsonArray();
    for (double[] row : result.matrix()) {
      JsonArray r = new JsonArray();
      for (double v : row) {
        r.add(round(v));
      }
      matrix.add(r);
    }
    JsonArray pairs = new JsonArray();
    for (int i = 0; i < legs.size(); i++) {
      for (int j = i + 1; j < legs.size(); j++) {
        PairEstimate e = result.pairs()[i][j];
        pairs.add(pair(e).put("a", legs.get(i).id()).put("b", legs.get(j).id()));
      }
    }
    return new JsonObject()
        .put("prop_ids", new JsonArray(legs.stream().map(LegRef::id).toList()))
        .put("sides", new JsonArray(legs.stream().map(l -> l.over() ? "over" : "under").toList()))
        .put("matrix", matrix)
        .put("repaired", result.repaired())
        .put("residual_mean", residualMean)
        .put("model_version", byModel == 0 ? null : modelVersion)
        .put("pairs", pairs);
  }

  static JsonObject related(Prop other, PairEstimate e) {
    return pair(e)
        .put("prop_id", other.id())
        .put("player_id", other.playerId())
        .put("player_name", other.playerName())
        .put("team", other.team())
        .put("stat_type", other.statType())
        .put("line", other.line());
  }

  private static JsonObject pair(PairEstimate e) {
    return new JsonObject()
        .put("rho", round(e.rho()))
        .put("sample", Double.isNaN(e.sample()) ? null : round(e.sample()))
        .put("n", e.n())
        .put("p_value", Double.isNaN(e.pValue()) ? null : round(e.pValue()))
        .put("relation", e.relation().wireName());
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
