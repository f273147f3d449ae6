package com.betterbros.props.model.core;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.sim.Season;
import com.betterbros.props.sim.SeasonGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training rows from the synthetic season (seed 42, 60 days) with a SMALL local feature function
 * (the real feature set comes from the features package), all from data strictly before the game's
 * date: the player's last-5, last-10, EWMA (decay 0.93 per game) and season means of the stat, his
 * last-5 and season minutes; home and days of rest from the schedule; the opponent's
 * allowed total of the stat over its last 10 games; the season means of the stat of teammates out
 * injured; the posted line (market information, not line-relative) and the line-relative "line"
 * and "line_minus_mean10". Rows: every closed prop whose player has a box score in the game (a prop
 * without one is a DNP, excluded) and at least one earlier game. The first 70% of the dates train,
 * the rest are the holdout.
 */
final class SeasonRows {

  static final long SEED = 42;
  static final int DAYS = 60;
  static final List<String> FEATURES = List.of("mean5", "mean10", "ewma", "season_mean",
      "minutes5", "minutes_season", "home", "rest", "opp_allowed10", "teammates_out",
      "posted_line", "line", "line_minus_mean10");
  static final Season SEASON = SeasonGenerator.generate(SEED, DAYS);
  static final List<TrainingRow> ROWS;
  /** The first holdout date: every training row is before it. */
  static final LocalDate HOLDOUT_START;
  /** Each row's player id, by prop id. */
  static final Map<String, String> PLAYER = new HashMap<>();

  private static final Map<String, List<PlayerGameStat>> HISTORY = new HashMap<>();
  /** Per team, its games' (date, box rows of the opponent) in date order. */
  private static final Map<String, List<List<PlayerGameStat>>> CONCEDED = new HashMap<>();

  static {
    Map<String, PlayerGameStat> box = new HashMap<>();
    Map<String, List<PlayerGameStat>> byGameTeam = new HashMap<>();
    for (PlayerGameStat s : SEASON.stats()) {
      HISTORY.computeIfAbsent(s.playerId(), k -> new ArrayList<>()).add(s);
      box.put(s.playerId() + "|" + s.gameId(), s);
      byGameTeam.computeIfAbsent(s.gameId() + "|" + s.teamId(), k -> new ArrayList<>()).add(s);
    }
    Map<String, Game> games = new HashMap<>();
    for (Game g : SEASON.games()) {
      games.put(g.id(), g);
      if (g.isFinal()) {
        CONCEDED.computeIfAbsent(g.homeTeam(), k -> new ArrayList<>())
            .add(byGameTeam.get(g.id() + "|" + g.awayTeam()));
        CONCEDED.computeIfAbsent(g.awayTeam(), k -> new ArrayList<>())
            .add(byGameTeam.get(g.id() + "|" + g.homeTeam()));
      }
    }
    List<TrainingRow> rows = new ArrayList<>();
    for (Prop p : SEASON.props()) {
      PlayerGameStat played = box.get(p.playerId() + "|" + p.gameId());
      if (!"closed".equals(p.status()) || played == null) {
        continue;
      }
      Game game = games.get(p.gameId());
      double[] f = features(p.playerId(), game, p.team(), p.statType(), p.line());
      if (f != null) {
        rows.add(new TrainingRow(p.id(), game.date(), p.statType(), p.line(), f,
            played.value(p.statType()), p.trueProbOver()));
        PLAYER.put(p.id(), p.playerId());
      }
    }
    ROWS = List.copyOf(rows);
    List<LocalDate> dates = ROWS.stream().map(TrainingRow::date).distinct().sorted().toList();
    HOLDOUT_START = dates.get((int) Math.round(dates.size() * 0.7));
  }

  private SeasonRows() {}

  static List<TrainingRow> train() {
    return ROWS.stream().filter(r -> r.date().isBefore(HOLDOUT_START)).toList();
  }

  static List<TrainingRow> holdout() {
    return ROWS.stream().filter(r -> !r.date().isBefore(HOLDOUT_START)).toList();
  }

  /** The inputs of rows at their posted lines. */
  static List<PredictionInput> inputs(List<TrainingRow> rows) {
    return rows.stream()
        .map(r -> new PredictionInput(r.statType(), r.line(), r.features())).toList();
  }

  /** The row's features re-priced at another line (only the line-relative ones change). */
  static double[] atLine(TrainingRow row, double line) {
    double[] f = row.features().clone();
    f[11] = line;
    f[12] = line - f[1];
    return f;
  }

  /** A (game, stat) of a player priced at {@code line}; null when he has no earlier game. */
  private static double[] features(String playerId, Game game, String team, String stat,
      double line) {
    List<PlayerGameStat> before = before(HISTORY.getOrDefault(playerId, List.of()), game.date());
    if (before.isEmpty()) {
      return null;
    }
    boolean home = game.homeTeam().equals(team);
    double mean10 = mean(before, stat, 10);
    double ewma = 0;
    double weight = 0;
    for (int k = 0; k < before.size(); k++) {
      // EWMA = sum_k 0.93^k x_k / sum_k 0.93^k, k = games ago
      double w = Math.pow(0.93, k);
      ewma += w * before.get(before.size() - 1 - k).value(stat);
      weight += w;
    }
    List<List<PlayerGameStat>> conceded = CONCEDED.get(game.opponentOf(team)).stream()
        .filter(g -> g.getFirst().date().isBefore(game.date())).toList();
    double allowed = conceded.subList(Math.max(0, conceded.size() - 10), conceded.size()).stream()
        .mapToDouble(g -> g.stream().mapToDouble(s -> s.value(stat)).sum()).average().orElse(Double.NaN);
    double out = 0;
    for (Injury injury : SEASON.injuries()) {
      if (injury.teamId().equals(team) && injury.covers(game.date())) {
        List<PlayerGameStat> mate = before(HISTORY.getOrDefault(injury.playerId(), List.of()),
            game.date());
        out += mate.isEmpty() ? 0 : mean(mate, stat, mate.size());
      }
    }
    return new double[] {mean(before, stat, 5), mean10, ewma / weight,
        mean(before, stat, before.size()), mean(before, "minutes", 5),
        mean(before, "minutes", before.size()), home ? 1 : 0,
        home ? game.homeRestDays() : game.awayRestDays(), allowed, out, line, line, line - mean10};
  }

  private static List<PlayerGameStat> before(List<PlayerGameStat> history, LocalDate date) {
    return history.stream().filter(s -> s.date().isBefore(date)).toList();
  }

  private static double mean(List<PlayerGameStat> before, String stat, int last) {
    int from = Math.max(0, before.size() - last);
    double sum = 0;
    for (int i = from; i < before.size(); i++) {
      sum += before.get(i).value(stat);
    }
    return sum / (before.size() - from);
  }
}
