package com.betterbros.props.whatif.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On/off splits of one absent player's team from the box scores before a date: how each teammate's
 * minutes and per-minute production differ in the games the absent player missed.
 *
 * <p>Method. The window is the team's final games before the date, from the season start
 * (1 August, {@link FeatureBuilder#seasonStart}) or the absent player's first game for the team,
 * whichever is later. A game counts as "with" him when his box score shows minutes &gt; 0, as
 * "without" otherwise (no box score: injured, rested or not in the rotation). For a teammate B with
 * box scores in n_on "with" games and n_off "without" games (both &ge; 1):
 * <ul>
 *   <li>minutes: dm = w (mean minutes without − mean minutes with), means over B's own box scores;</li>
 *   <li>rate of a stat s: dr_s = w (Σ s / Σ minutes without − Σ s / Σ minutes with);</li>
 *   <li>shrinkage toward 0 by the sample: w = n_off / (n_off + k), k the configured
 *       {@code whatif.shrinkage_games} (default 5): one game without him moves a teammate by a sixth
 *       of the raw difference, 15 games by three quarters (empirical-Bayes style, as a
 *       James–Stein factor with the prior's weight expressed in games).</li>
 * </ul>
 * A player who missed no game of the window gets no deltas: {@link #gamesWithout()} is 0 and the
 * caller says so rather than inventing any.
 */
public record OnOffSplits(String absentId, String teamId, int gamesWith, int gamesWithout,
    Map<String, Shift> shifts) {

  /**
   * One teammate's shift when the absent player sits.
   *
   * @param playerId the teammate
   * @param with his box scores in games the absent player played
   * @param without his box scores in games the absent player missed
   * @param weight w = n_off / (n_off + k)
   */
  public record Shift(String playerId, List<PlayerGameStat> with, List<PlayerGameStat> without, double weight) {

    /** dm = w (mean minutes without − mean minutes with). */
    public double minutesDelta() {
      return weight * (meanMinutes(without) - meanMinutes(with));
    }

    /** dr_s = w (rate without − rate with), per minute; 0 when either side has no minutes of the stat. */
    public double rateDelta(String stat) {
      double on = rate(with, stat);
      double off = rate(without, stat);
      return Double.isNaN(on) || Double.isNaN(off) ? 0 : weight * (off - on);
    }
  }

  /** The splits of {@code absentId}, of team {@code teamId}, from games strictly before {@code date}. */
  public static OnOffSplits of(HistoryIndex index, String absentId, String teamId, LocalDate date, double k) {
    LocalDate seasonStart = FeatureBuilder.seasonStart(date);
    List<Game> games = new ArrayList<>();
    for (Game g : index.teamGamesBefore(teamId, date)) {
      if (!g.date().isBefore(seasonStart)) {
        games.add(g);
      }
    }
    List<List<PlayerGameStat>> rows = new ArrayList<>();
    List<Boolean> played = new ArrayList<>();
    boolean started = false;
    for (Game g : games) {
      List<PlayerGameStat> box = index.teamRowsBefore(g.id(), teamId, date);
      boolean in = box.stream().anyMatch(r -> r.playerId().equals(absentId) && r.minutes() > 0);
      started |= in;
      if (started && !box.isEmpty()) {
        rows.add(box);
        played.add(in);
      }
    }
    Map<String, List<PlayerGameStat>> with = new LinkedHashMap<>();
    Map<String, List<PlayerGameStat>> without = new LinkedHashMap<>();
    int nWith = 0;
    for (int g = 0; g < rows.size(); g++) {
      boolean in = played.get(g);
      nWith += in ? 1 : 0;
      for (PlayerGameStat r : rows.get(g)) {
        if (!r.playerId().equals(absentId)) {
          (in ? with : without).computeIfAbsent(r.playerId(), p -> new ArrayList<>()).add(r);
          (in ? without : with).computeIfAbsent(r.playerId(), p -> new ArrayList<>());
        }
      }
    }
    Map<String, Shift> shifts = new LinkedHashMap<>();
    for (Map.Entry<String, List<PlayerGameStat>> e : without.entrySet()) {
      List<PlayerGameStat> on = with.get(e.getKey());
      List<PlayerGameStat> off = e.getValue();
      if (!on.isEmpty() && !off.isEmpty()) {
        shifts.put(e.getKey(), new Shift(e.getKey(), List.copyOf(on), List.copyOf(off), off.size() / (off.size() + k)));
      }
    }
    return new OnOffSplits(absentId, teamId, nWith, rows.size() - nWith, Map.copyOf(shifts));
  }

  private static double meanMinutes(List<PlayerGameStat> rows) {
    double sum = 0;
    int n = 0;
    for (PlayerGameStat r : rows) {
      if (!Double.isNaN(r.minutes())) {
        sum += r.minutes();
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  // Σ stat / Σ minutes over the rows where both are known; NaN without minutes
  private static double rate(List<PlayerGameStat> rows, String stat) {
    double sum = 0;
    double minutes = 0;
    for (PlayerGameStat r : rows) {
      double v = r.value(stat);
      if (!Double.isNaN(v) && !Double.isNaN(r.minutes())) {
        sum += v;
        minutes += r.minutes();
      }
    }
    return minutes > 0 ? sum / minutes : Double.NaN;
  }
}
