package com.betterbros.props.experiments.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.math.NegativeBinomial;
import com.betterbros.props.model.core.BoxScoreDataset;
import java.util.List;

/**
 * The baselines every model is scored beside, each from data strictly before the example's date:
 * <ul>
 *   <li>{@code line_implied}: 0.5, what the platform's line implies;</li>
 *   <li>{@code rolling_hit_rate}: the player's hit rate against this line over his last 10 games
 *       where the stat is known, (hits + 1) / (n + 2) (Laplace's rule of succession);</li>
 *   <li>{@code season_hit_rate}: the same over his games of the season so far;</li>
 *   <li>{@code poisson_season_mean}: P(X &gt; line) for X ~ Poisson(the season-to-date mean of the
 *       stat; his last-10 mean before a season game exists; 0.5 with no games at all).</li>
 * </ul>
 */
public final class Baselines {

  public static final List<String> NAMES = List.of("line_implied", "rolling_hit_rate", "season_hit_rate",
      "poisson_season_mean");

  private Baselines() {}

  /** The baselines' P(over) of one example, in {@link #NAMES} order. */
  public static double[] of(HistoryIndex index, BoxScoreDataset.Example e) {
    List<PlayerGameStat> before = index.playerStatsBefore(e.playerId(), e.date());
    java.time.LocalDate seasonStart = FeatureBuilder.seasonStart(e.date());
    int lastHits = 0;
    int lastN = 0;
    int seasonHits = 0;
    int seasonN = 0;
    double seasonSum = 0;
    double lastSum = 0;
    for (int i = before.size() - 1; i >= 0; i--) {
      PlayerGameStat s = before.get(i);
      double v = s.value(e.statType());
      if (Double.isNaN(v)) {
        continue;
      }
      int hit = v > e.line() ? 1 : 0;
      if (lastN < 10) {
        lastHits += hit;
        lastSum += v;
        lastN++;
      }
      if (!s.date().isBefore(seasonStart)) {
        seasonHits += hit;
        seasonSum += v;
        seasonN++;
      } else if (lastN >= 10) {
        break;
      }
    }
    double mean = seasonN > 0 ? seasonSum / seasonN : lastN > 0 ? lastSum / lastN : 0.5;
    return new double[] {
        0.5,
        (lastHits + 1.0) / (lastN + 2.0),
        (seasonHits + 1.0) / (seasonN + 2.0),
        NegativeBinomial.probabilityOver(e.line(), Math.max(mean, 1e-6), Double.POSITIVE_INFINITY)};
  }
}
