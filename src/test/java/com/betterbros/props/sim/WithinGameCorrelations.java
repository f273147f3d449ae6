package com.betterbros.props.sim;

import com.betterbros.props.history.core.PlayerGameStat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Within-player correlations between a player's box score and his teammates' or opponents' in the
 * same game: each quantity is centred on the player's own season mean first, so differences
 * between players (a star's teammates score less) do not masquerade as in-game correlation.
 * Players with 20+ minutes in the game and 15+ such games.
 */
record WithinGameCorrelations(double assistsVsTeammatePoints, double reboundsVsTeammateRebounds,
    double pointsVsTeammatePoints, double pointsVsOpponentPoints) {

  static WithinGameCorrelations of(Season season) {
    Map<String, int[]> team = new HashMap<>();
    for (PlayerGameStat s : season.stats()) {
      int[] t = team.computeIfAbsent(s.gameId() + s.teamId(), k -> new int[2]);
      t[0] += s.points();
      t[1] += s.rebounds();
    }
    Map<String, List<double[]>> byPlayer = new HashMap<>();
    for (PlayerGameStat s : season.stats()) {
      if (s.minutes() >= 20) {
        int[] own = team.get(s.gameId() + s.teamId());
        int[] opp = team.get(s.gameId() + s.opponentId());
        byPlayer.computeIfAbsent(s.playerId(), k -> new ArrayList<>()).add(new double[] {
            s.assists(), own[0] - s.points(), s.rebounds(), own[1] - s.rebounds(), s.points(),
            opp[0]});
      }
    }
    List<double[]> centred = new ArrayList<>();
    for (List<double[]> rows : byPlayer.values()) {
      if (rows.size() < 15) {
        continue;
      }
      double[] mean = new double[6];
      rows.forEach(r -> {
        for (int k = 0; k < 6; k++) {
          mean[k] += r[k] / rows.size();
        }
      });
      rows.forEach(r -> {
        double[] c = new double[6];
        for (int k = 0; k < 6; k++) {
          c[k] = r[k] - mean[k];
        }
        centred.add(c);
      });
    }
    return new WithinGameCorrelations(corr(centred, 0, 1), corr(centred, 2, 3),
        corr(centred, 4, 1), corr(centred, 4, 5));
  }

  /** Pearson correlation of columns a and b of already centred rows. */
  private static double corr(List<double[]> rows, int a, int b) {
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (double[] r : rows) {
      sab += r[a] * r[b];
      saa += r[a] * r[a];
      sbb += r[b] * r[b];
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
