package com.betterbros.props.features;

import com.betterbros.props.history.Game;
import com.betterbros.props.history.Player;
import com.betterbros.props.history.PlayerGameStat;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the {@link FeatureSet} vector of one request from a {@link HistoryIndex}. It reads only
 * the index's before-date queries and the request's pre-game facts, so no value can depend on the
 * game itself or anything after it. Never returns NaN: short histories get the documented defaults.
 */
public final class FeatureBuilder {

  /** Games in the opponent-allowed and pace windows. */
  public static final int TEAM_WINDOW = 10;

  private FeatureBuilder() {}

  /**
   * The features of {@code req}, in {@link FeatureSet#NAMES} order.
   *
   * @throws IllegalArgumentException naming the stat type when it is not in {@link FeatureSet#STAT_TYPES}
   */
  public static double[] build(HistoryIndex index, FeatureRequest req) {
    String stat = FeatureSet.requireSupported(req.statType());
    LocalDate date = req.date();
    List<PlayerGameStat> rows = index.playerStatsBefore(req.playerId(), date);
    double[] x = new double[rows.size()];
    double[] minutes = new double[rows.size()];
    LocalDate seasonStart = seasonStart(date);
    int seasonGames = 0;
    for (int i = 0; i < x.length; i++) {
      x[i] = rows.get(i).value(stat);
      minutes[i] = rows.get(i).minutes();
      seasonGames += rows.get(i).date().isBefore(seasonStart) ? 0 : 1;
    }
    double[] f = new double[FeatureSet.size()];
    int i = 0;
    f[i++] = x.length;
    f[i++] = seasonGames;
    for (int n : new int[] {3, 5, 10, 20}) {
      f[i++] = Rolling.mean(x, n);
    }
    for (int n : new int[] {3, 5, 10, 20}) {
      f[i++] = Rolling.median(x, n);
    }
    double ewma = Rolling.ewma(x, FeatureSet.EWMA_HALF_LIFE);
    double seasonAvg = Rolling.mean(x, seasonGames);
    f[i++] = ewma;
    f[i++] = seasonAvg;
    f[i++] = Rolling.sd(x, 10);
    f[i++] = Rolling.slope(x, 10);

    PlayerUsage.Projection usage = PlayerUsage.project(index, req);
    double ratePerMinute = Rolling.weightedRatio(x, minutes, FeatureSet.EWMA_HALF_LIFE);
    f[i++] = usage.minutesEwma();
    f[i++] = usage.minutesProj();
    f[i++] = ratePerMinute;
    f[i++] = PlayerUsage.usageShare(index, req.playerId(), stat, date);
    f[i++] = usage.teammatesOut();
    f[i++] = usage.outUsage();
    f[i++] = usage.usageVacated();

    f[i++] = req.home() ? 1 : 0;
    f[i++] = req.restDays();
    f[i++] = req.restDays() == 0 ? 1 : 0;

    Player player = index.player(req.playerId());
    String position = player == null ? null : player.position();
    List<PlayerGameStat> allowed = index.allowedBefore(req.opponentId(), date, TEAM_WINDOW);
    double oppPos = position == null ? 1 : allowedRatio(index, allowed, position, stat, date);
    f[i++] = oppPos;
    f[i++] = allowedRatio(index, allowed, null, stat, date);
    f[i++] = pace(index, req.teamId(), date);
    f[i++] = pace(index, req.opponentId(), date);
    double projection = ratePerMinute * usage.minutesProj() * oppPos;
    f[i++] = projection;

    double line = req.line() == null ? 0 : req.line();
    boolean hasLine = req.line() != null;
    f[i++] = line;
    f[i++] = hasLine ? line - Rolling.mean(x, 10) : 0;
    f[i++] = hasLine ? line / Math.max(seasonAvg, FeatureSet.SEASON_AVG_FLOOR) : 0;
    f[i++] = hasLine ? line - ewma : 0;
    f[i++] = hasLine ? line - projection : 0;
    if (i != f.length) {
      throw new IllegalStateException("wrote " + i + " features, the set has " + f.length);
    }
    return f;
  }

  /** The first day of the season containing {@code date}: 1 August of its starting year. */
  public static LocalDate seasonStart(LocalDate date) {
    return LocalDate.of(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1, 8, 1);
  }

  /**
   * (Σ stat / Σ minutes of the allowed rows at {@code position}, null = all) divided by the
   * league's rate for the same position before the date; 1 when either rate is undefined or 0.
   */
  private static double allowedRatio(HistoryIndex index, List<PlayerGameStat> allowed, String position,
      String stat, LocalDate date) {
    double sum = 0;
    double minutes = 0;
    for (PlayerGameStat r : allowed) {
      if (position != null) {
        Player p = index.player(r.playerId());
        if (p == null || !position.equals(p.position())) {
          continue;
        }
      }
      sum += r.value(stat);
      minutes += r.minutes();
    }
    double league = index.leagueRatePerMinute(position, stat, date);
    if (minutes <= 0 || !(league > 0)) {
      return 1;
    }
    return sum / minutes / league;
  }

  /** Mean pace of the team's last {@value #TEAM_WINDOW} final games with a pace; {@link FeatureSet#DEFAULT_PACE} without. */
  private static double pace(HistoryIndex index, String teamId, LocalDate date) {
    List<Game> games = index.teamGamesBefore(teamId, date);
    double sum = 0;
    int n = 0;
    for (Game g : games.subList(Math.max(0, games.size() - TEAM_WINDOW), games.size())) {
      if (g.pace() != null) {
        sum += g.pace();
        n++;
      }
    }
    return n == 0 ? FeatureSet.DEFAULT_PACE : sum / n;
  }
}
