package com.betterbros.props.model;

import com.betterbros.props.features.FeatureSet;
import com.betterbros.props.math.Breakeven;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One prediction as the API returns it. Breakeven b = M^(-1/n) for the slip's Power multiplier;
 * edge = max(p_over, p_under) - b on the better side; confidence = |p_over - 0.5| * 2, scaled
 * down linearly when the player has fewer than 10 games of history.
 */
final class PredictionJson {

  private static final int GAMES_PLAYED = FeatureSet.NAMES.indexOf("games_played");

  private PredictionJson() {}

  static JsonObject of(ModelServiceImpl.Leg leg, LegPrediction p, String modelId, PredictionRequest request,
      List<Contribution> contributions) {
    String platform = request.slipPlatform() == null ? leg.platform() : request.slipPlatform();
    Double multiplier = PowerPayouts.multiplier(platform, request.slipLegs());
    double pOver = p.pOver();
    double pUnder = 1 - pOver;
    boolean over = pOver >= pUnder;
    JsonObject out = new JsonObject()
        .put("prop_id", leg.propId())
        .put("platform", leg.platform())
        .put("player_id", leg.playerId())
        .put("game_id", leg.gameId())
        .put("stat_type", leg.statType())
        .put("line", leg.line())
        .put("p_over", round(pOver))
        .put("p_under", round(pUnder))
        .put("projected_mean", Double.isFinite(p.projectedMean()) ? round(p.projectedMean()) : null)
        .put("interval_80", Double.isFinite(p.interval80Low())
            ? new JsonArray().add(p.interval80Low()).add(p.interval80High()) : null)
        .put("fair_odds", new JsonObject().put("over", round(Breakeven.fairOdds(pOver)))
            .put("under", round(Breakeven.fairOdds(pUnder))))
        .put("side", over ? "over" : "under")
        .put("confidence", round(confidence(pOver, leg.features())))
        .put("model_version", modelId);
    if (multiplier != null) {
      double breakeven = Breakeven.power(multiplier, request.slipLegs());
      out.put("breakeven", round(breakeven))
          .put("slip", new JsonObject().put("platform", platform).put("legs", request.slipLegs())
              .put("multiplier", multiplier))
          .put("edge", round(Math.max(pOver, pUnder) - breakeven));
    } else {
      out.putNull("breakeven").putNull("edge");
    }
    if (contributions != null) {
      JsonArray explain = new JsonArray();
      contributions.forEach(c -> explain.add(new JsonObject().put("feature", c.feature()).put("value", round(c.value()))));
      out.put("explain", explain);
    }
    return out;
  }

  static double confidence(double pOver, double[] features) {
    double games = GAMES_PLAYED >= 0 ? features[GAMES_PLAYED] : 10;
    return Math.abs(pOver - 0.5) * 2 * Math.min(1.0, games / 10.0);
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
