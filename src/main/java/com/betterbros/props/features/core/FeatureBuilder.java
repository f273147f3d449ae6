package com.betterbros.props.features.core;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the {@link FeatureSet} vector of one request from a {@link HistoryIndex}. It reads only
 * the index's before-date queries and the request's pre-game facts, so no value can depend on the
 * game itself or anything after it. Short histories get the documented defaults; a feature whose
 * inputs are unknown (no team in the history, no opponent games, no pace) is NaN, which the models
 * treat as missing.
 */
public final class FeatureBuilder {

  /** Games in the opponent-allowed and pace windows. */
  public static final int TEAM_WINDOW = 10;

  /** Cap of a player's own days off, used as rest when the schedule does not give it. */
  public static final int MAX_PLAYER_REST = 7;

  private FeatureBuilder() {}

  /**
   * The features of {@code req}, in {@link FeatureSet#NAMES} order.
   *
   * @throws IllegalArgumentException naming the stat type when it is not in {@link FeatureSet#STAT_TYPES}
   */
  public static double[] build(HistoryIndex index, FeatureRequest req) {
    String stat = FeatureSet.requireSupported(req.statType());
    LocalDate date = req.date();
    Series series = Series.of(index.playerStatsBefore(req.playerId(), date), stat, seasonStart(date));
    double[] x = series.values();
    double[] f = new double[FeatureSet.size()];
    int i = 0;
    f[i++] = x.length;
    f[i++] = series.seasonGames();
    for (int n : new int[] {3, 5, 10, 20}) {
      f[i++] = Rolling.mean(x, n);
    }
    for (int n : new int[] {3, 5, 10, 20}) {
      f[i++] = Rolling.median(x, n);
    }
    double ewma = Rolling.ewma(x, FeatureSet.EWMA_HALF_LIFE);
    double seasonAvg = Rolling.mean(x, series.seasonGames());
    f[i++] = ewma;
    f[i++] = seasonAvg;
    f[i++] = Rolling.sd(x, 10);
    f[i++] = Rolling.slope(x, 10);

    PlayerUsage.Projection usage = PlayerUsage.project(index, req);
    double ratePerMinute = series.ratePerMinute();
    f[i++] = usage.minutesEwma();
    f[i++] = usage.minutesProj();
    f[i++] = ratePerMinute;
    f[i++] = PlayerUsage.usageShare(index, req.playerId(), stat, date);
    f[i++] = usage.teammatesOut();
    f[i++] = usage.outUsage();
    f[i++] = usage.usageVacated();

    f[i++] = req.home() == null ? Double.NaN : req.home() ? 1 : 0;
    double rest = restDays(req, series.lastDate());
    f[i++] = rest;
    f[i++] = Double.isNaN(rest) ? Double.NaN : rest == 0 ? 1 : 0;

    Player player = index.player(req.playerId());
    String position = player == null ? null : player.position();
    List<PlayerGameStat> allowed = index.allowedBefore(req.opponentId(), date, TEAM_WINDOW);
    double oppPos = position == null ? Double.NaN : allowedRatio(index, allowed, position, stat, date);
    f[i++] = oppPos;
    f[i++] = allowedRatio(index, allowed, null, stat, date);
    f[i++] = pace(index, req.teamId(), date);
    f[i++] = pace(index, req.opponentId(), date);
    double projection = ratePerMinute * usage.minutesProj() * (Double.isNaN(oppPos) ? 1 : oppPos);
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

  /**
   * The team's scheduled rest when the schedule gives it; otherwise the player's full days off
   * since his last game before the date, capped at {@value #MAX_PLAYER_REST} (NaN without one).
   */
  static double restDays(FeatureRequest req, LocalDate lastGame) {
    if (req.restDays() != null) {
      return req.restDays();
    }
    if (lastGame == null) {
      return Double.NaN;
    }
    long off = java.time.temporal.ChronoUnit.DAYS.between(lastGame, req.date()) - 1;
    return Math.max(0, Math.min(MAX_PLAYER_REST, off));
  }

  /**
   * The player's games before the date where the stat is known: values oldest first, the count
   * since the season start, the EWMA of stat per minute over the games with minutes, and the
   * date of his last game of any kind.
   */
  private record Series(double[] values, int seasonGames, double ratePerMinute, LocalDate lastDate) {

    static Series of(List<PlayerGameStat> rows, String stat, LocalDate seasonStart) {
      double[] x = new double[rows.size()];
      double[] rateX = new double[rows.size()];
      double[] rateMinutes = new double[rows.size()];
      int n = 0;
      int m = 0;
      int season = 0;
      for (PlayerGameStat r : rows) {
        double v = r.value(stat);
        if (Double.isNaN(v)) {
          continue;
        }
        x[n++] = v;
        season += r.date().isBefore(seasonStart) ? 0 : 1;
        double minutes = r.minutes();
        if (!Double.isNaN(minutes)) {
          rateX[m] = v;
          rateMinutes[m++] = minutes;
        }
      }
      double rate = Rolling.weightedRatio(java.util.Arrays.copyOf(rateX, m),
          java.util.Arrays.copyOf(rateMinutes, m), FeatureSet.EWMA_HALF_LIFE);
      LocalDate last = rows.isEmpty() ? null : rows.get(rows.size() - 1).date();
      return new Series(java.util.Arrays.copyOf(x, n), season, rate, last);
    }
  }

  /** The first day of the season containing {@code date}: 1 August of its starting year. */
  public static LocalDate seasonStart(LocalDate date) {
    return LocalDate.of(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1, 8, 1);
  }

  /**
   * (Σ stat / Σ minutes of the allowed rows at {@code position}, null = all, rows where both are
   * known) divided by the league's rate for the same position before the date; NaN (missing)
   * when either rate is undefined or 0.
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
      double v = r.value(stat);
      double m = r.minutes();
      if (!Double.isNaN(v) && !Double.isNaN(m)) {
        sum += v;
        minutes += m;
      }
    }
    double league = index.leagueRatePerMinute(position, stat, date);
    if (minutes <= 0 || !(league > 0)) {
      return Double.NaN;
    }
    return sum / minutes / league;
  }

  /** Mean pace of the team's last {@value #TEAM_WINDOW} final games with a pace; NaN (missing) without. */
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
    return n == 0 ? Double.NaN : sum / n;
  }
}
