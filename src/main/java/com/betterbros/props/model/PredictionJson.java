package com.betterbros.props.model;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.math.Breakeven;
import com.betterbros.props.model.core.Contribution;
import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PowerPayouts;
import com.betterbros.props.model.core.SidePricing;
import com.betterbros.props.props.core.LineTerms;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One prediction as the API returns it. Breakeven b = M^(-1/n) for the slip's Power multiplier M
 * of n legs; a side whose line pays a multiplier m (Underdog's boosted one-sided lines) needs
 * b / m, since the slip's payout is M times the product of its legs' multipliers (with the other
 * legs at b: p b^(n-1) M m = 1). A side not on offer has no breakeven, and neither has a side whose
 * multiplier the feed does not publish (PrizePicks goblins and demons): never the standard one.
 * {@code side} is the offered side of the larger edge (of the larger probability when neither has
 * a breakeven); edge = p(side) - breakeven(side); confidence = |p_over - 0.5| * 2, scaled down
 * linearly when the player has fewer than 10 games of history.
 */
final class PredictionJson {

  private static final int GAMES_PLAYED = FeatureSet.NAMES.indexOf("games_played");
  /** The smallest probability served for a standard line (and 1 - P_MIN the largest). */
  static final double P_MIN = SidePricing.P_MIN;
  /** Lines further than this many sds from the recent mean are rare on the boards classifiers train on. */
  static final double FAR_LINE = 2.5;
  private static final int MEAN_10 = FeatureSet.indexOf("mean_10");
  private static final int STD_10 = FeatureSet.indexOf("std_10");

  private PredictionJson() {}

  static JsonObject of(ModelServiceImpl.Leg leg, LegPrediction p, String modelId, PredictionRequest request,
      List<Contribution> contributions) {
    String platform = request.slipPlatform() == null ? leg.platform() : request.slipPlatform();
    Double multiplier = PowerPayouts.multiplier(platform, request.slipLegs());
    LineTerms terms = leg.terms();
    double raw = p.pOver();
    SidePricing priced = SidePricing.of(terms, raw, multiplier, request.slipLegs());
    double pOver = priced.pOver();
    double pUnder = 1 - pOver;
    Double beOver = priced.breakevenOver();
    Double beUnder = priced.breakevenUnder();
    String side = priced.side();
    double pSide = priced.pSide();
    Double be = priced.breakeven();
    JsonObject out = new JsonObject()
        .put("prop_id", leg.propId())
        .put("platform", leg.platform())
        .put("player_id", leg.playerId())
        .put("team", leg.request().teamId())
        .put("game_id", leg.gameId())
        .put("stat_type", leg.statType())
        .put("line", leg.line())
        .put("odds_type", terms.oddsType())
        .put("sides", terms.sides())
        .put("multipliers", new JsonObject().put("over", terms.multiplier("over"))
            .put("under", terms.multiplier("under")))
        .put("p_over", round(pOver))
        .put("p_under", round(pUnder))
        .put("projected_mean", Double.isFinite(p.projectedMean()) ? round(p.projectedMean()) : null)
        .put("interval_80", Double.isFinite(p.interval80Low())
            ? new JsonArray().add(p.interval80Low()).add(p.interval80High()) : null)
        .put("fair_odds", new JsonObject().put("over", round(Breakeven.fairOdds(pOver)))
            .put("under", round(Breakeven.fairOdds(pUnder))))
        .put("side", side)
        .put("confidence", round(confidence(pOver, leg.features())))
        .put("model_version", modelId);
    if (multiplier != null) {
      out.put("slip", new JsonObject().put("platform", platform).put("legs", request.slipLegs())
          .put("multiplier", multiplier));
    }
    out.put("breakeven", be == null ? null : round(be))
        .put("breakevens", new JsonObject().put("over", beOver == null ? null : round(beOver))
            .put("under", beUnder == null ? null : round(beUnder)))
        .put("edge", be == null ? null : round(pSide - be));
    if (be == null && multiplier != null && terms.multiplier(side) == null && terms.offers(side)) {
      out.put("payout_note", leg.platform() + " does not publish the payout of " + terms.oddsType()
          + " lines in its feed: no breakeven or edge");
    }
    JsonArray notes = new JsonArray();
    if (pOver != raw) {
      notes.add(String.format(java.util.Locale.ROOT, "the model's p_over %.5f is beyond the [%.2f, %.2f] its"
          + " calibration supports for a standard line; served as %.2f", raw, P_MIN, 1 - P_MIN, pOver));
    }
    double z = lineDistance(leg);
    if (!Double.isFinite(p.projectedMean()) && Math.abs(z) > FAR_LINE) {
      notes.add(String.format(java.util.Locale.ROOT, "the line is %.1f standard deviations from the player's last-10"
          + " mean, far outside the posted lines a classifier learns from: its probability there is unreliable (the"
          + " regression model prices any line)", z));
    }
    if (!notes.isEmpty()) {
      out.put("notes", notes);
    }
    if (contributions != null) {
      JsonArray explain = new JsonArray();
      contributions.forEach(c -> explain.add(new JsonObject().put("feature", c.feature())
          .put("value", featureValue(leg, c.feature())).put("contribution", round(c.value()))));
      out.put("explain", explain);
    }
    return out;
  }

  /** The leg's value of a feature (rounded; null when not a finite number), or its stat type for "stat_type". */
  static Object featureValue(ModelServiceImpl.Leg leg, String feature) {
    if (!FeatureSet.NAMES.contains(feature)) {
      return "stat_type".equals(feature) ? leg.statType() : null;
    }
    double v = leg.features()[FeatureSet.indexOf(feature)];
    return Double.isFinite(v) ? round(v) : null;
  }

  /** (line - mean of the last 10) / max(sd of the last 10, 1), from the leg's features. */
  static double lineDistance(ModelServiceImpl.Leg leg) {
    double mean = leg.features()[MEAN_10];
    double sd = Math.max(1, leg.features()[STD_10]);
    return (leg.line() - mean) / sd;
  }

  static double confidence(double pOver, double[] features) {
    double games = GAMES_PLAYED >= 0 ? features[GAMES_PLAYED] : 10;
    return Math.abs(pOver - 0.5) * 2 * Math.min(1.0, games / 10.0);
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
