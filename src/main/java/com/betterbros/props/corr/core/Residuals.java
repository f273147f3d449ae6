package com.betterbros.props.corr.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PredictionInput;
import com.betterbros.props.model.core.PropModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standardised residuals of a player's stat, game by game: (actual - model mean) / max(sd of his
 * last 10, 1). The model mean is the production model's projected mean for that game when the
 * model predicts one (xgb_nb_regression: one batch predict call per player and stat, on the
 * game's pre-game features), otherwise the feature set's pre-game projection; features and sd
 * come from data strictly before each game. Games inside the model's training window give
 * in-sample residuals (boosted trees shrink those a little; correlation, being scale-free, is
 * little affected). Memoised per (player, stat) for one history index and model. Pure.
 */
final class Residuals {

  private static final int PROJECTION = FeatureSet.indexOf("projection");
  private static final int STD_10 = FeatureSet.indexOf("std_10");
  /** Games with fewer earlier games than this have no usable projection and are skipped. */
  static final int MIN_HISTORY = 3;

  private final HistoryIndex index;
  private final PropModel meanModel;
  private final Map<String, List<Residual>> memo = new HashMap<>();

  /** One game's residual, with its date and (when known) game id. */
  private record Residual(LocalDate date, String gameId, double value) {}

  /** Residuals against {@code meanModel}'s means when it predicts them, else the projection. */
  Residuals(HistoryIndex index, PropModel meanModel) {
    this.index = index;
    this.meanModel = meanModel != null && meanModel.type().predictsMean() ? meanModel : null;
  }

  /** Whether a stat's residuals use the model's mean ("model") or the projection. */
  String meanSource(String statType) {
    return meanModel != null && meanModel.statTypes().contains(statType) ? "model" : "projection";
  }

  /**
   * The standardised residuals of the player's games before {@code before} (exclusive), keyed so
   * that two legs' maps meet on the same game: by date for legs of one player (he plays once a
   * day, and history without game ids still pairs), by game id across players (rows without one
   * are left out: two players on the same date need not share a game).
   */
  synchronized Map<String, Double> of(String playerId, String statType, LocalDate before, boolean byGame) {
    List<Residual> all = memo.computeIfAbsent(playerId + "|" + statType, k -> compute(playerId, statType));
    Map<String, Double> out = new LinkedHashMap<>();
    for (Residual r : all) {
      if (!r.date().isBefore(before) || (byGame && r.gameId() == null)) {
        continue;
      }
      out.put(byGame ? r.gameId() : r.date().toString(), r.value());
    }
    return out;
  }

  private List<Residual> compute(String playerId, String statType) {
    List<PlayerGameStat> rows = new ArrayList<>();
    List<Double> actuals = new ArrayList<>();
    List<double[]> features = new ArrayList<>();
    var games = index.playerStatsBefore(playerId, LocalDate.MAX);
    for (int i = MIN_HISTORY; i < games.size(); i++) {
      PlayerGameStat s = games.get(i);
      double actual = s.value(statType);
      if (Double.isNaN(actual)) {
        continue;
      }
      Game g = s.gameId() == null ? null : index.game(s.gameId());
      FeatureRequest req = FeatureRequest.forBoxScore(s, g, statType, null);
      rows.add(s);
      actuals.add(actual);
      features.add(FeatureBuilder.build(index, req));
    }
    double[] means = means(statType, features);
    List<Residual> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      double sd = Math.max(1.0, features.get(i)[STD_10]);
      out.add(new Residual(rows.get(i).date(), rows.get(i).gameId(), (actuals.get(i) - means[i]) / sd));
    }
    return out;
  }

  /** The model's projected means in one batch (the projection where it has none). */
  private double[] means(String statType, List<double[]> features) {
    double[] means = new double[features.size()];
    for (int i = 0; i < means.length; i++) {
      means[i] = features.get(i)[PROJECTION];
    }
    if (means.length == 0 || !"model".equals(meanSource(statType))) {
      return means;
    }
    List<PredictionInput> inputs = new ArrayList<>(means.length);
    for (int i = 0; i < means.length; i++) {
      // the regression's mean ignores the line-relative features; any finite line will do
      inputs.add(new PredictionInput(statType, means[i], features.get(i)));
    }
    List<LegPrediction> predictions = meanModel.predict(inputs);
    for (int i = 0; i < means.length; i++) {
      double mean = predictions.get(i).projectedMean();
      if (Double.isFinite(mean)) {
        means[i] = mean;
      }
    }
    return means;
  }
}
