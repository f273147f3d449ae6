package com.betterbros.props.corr;

import com.betterbros.props.features.FeatureBuilder;
import com.betterbros.props.features.FeatureRequest;
import com.betterbros.props.features.FeatureSet;
import com.betterbros.props.features.HistoryIndex;
import com.betterbros.props.history.Game;
import com.betterbros.props.history.PlayerGameStat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Standardised residuals of a player's stat, game by game: (actual - pre-game projection) /
 * max(sd of his last 10, 1), where the projection and sd are the feature set's, computed from
 * data strictly before each game. Memoised per (player, stat) for one history index. Pure.
 */
final class Residuals {

  private static final int PROJECTION = FeatureSet.indexOf("projection");
  private static final int STD_10 = FeatureSet.indexOf("std_10");
  /** Games with fewer earlier games than this have no usable projection and are skipped. */
  static final int MIN_HISTORY = 3;

  private final HistoryIndex index;
  private final Map<String, Map<String, Double>> memo = new HashMap<>();

  Residuals(HistoryIndex index) {
    this.index = index;
  }

  /** game id -> standardised residual, for the player's games before {@code before} (exclusive). */
  synchronized Map<String, Double> of(String playerId, String statType, LocalDate before) {
    Map<String, Double> all = memo.computeIfAbsent(playerId + "|" + statType, k -> compute(playerId, statType));
    Map<String, Double> out = new LinkedHashMap<>();
    all.forEach((gameId, r) -> {
      Game g = index.game(gameId);
      if (g != null && g.date().isBefore(before)) {
        out.put(gameId, r);
      }
    });
    return out;
  }

  private Map<String, Double> compute(String playerId, String statType) {
    Map<String, Double> out = new LinkedHashMap<>();
    var games = index.playerStatsBefore(playerId, LocalDate.MAX);
    for (int i = MIN_HISTORY; i < games.size(); i++) {
      PlayerGameStat s = games.get(i);
      Game g = index.game(s.gameId());
      if (g == null) {
        continue;
      }
      FeatureRequest req = FeatureRequest.forGame(playerId, s.teamId(), g, statType, null);
      double[] f = FeatureBuilder.build(index, req);
      double sd = Math.max(1.0, f[STD_10]);
      out.put(g.id(), (s.value(statType) - f[PROJECTION]) / sd);
    }
    return out;
  }
}
