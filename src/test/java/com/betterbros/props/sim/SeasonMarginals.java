package com.betterbros.props.sim;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** League-level summary figures of a generated season, used by the tests and docs/SYNTHETIC.md. */
record SeasonMarginals(
    double teamPoints, double teamPointsSd, double marginSd, double scoreCorrelation, double pace,
    double rebounds, double assists, double threes, double steals, double blocks,
    double turnovers, double homeWinRate, double homeMargin, double overtimeShare,
    double gamesPerDay, double backToBackShare,
    double topScorerPpg, int playersOver25Ppg, double medianRotationPpg, double topRebounderRpg,
    double topPasserApg, double zeroAssistShare, double b2bMinutes, double restedMinutes,
    double injuredShare, int props, double meanTrueProb, double meanOutcome, double ece,
    double medianEdge, double p90Edge, double platformDisagreement) {

  static SeasonMarginals of(Season season) {
    List<Game> finals = season.games().stream().filter(Game::isFinal).toList();
    Map<String, double[]> teamGame = new HashMap<>();
    Map<String, PlayerGameStat> byPlayerGame = new HashMap<>();
    for (PlayerGameStat s : season.stats()) {
      double[] t = teamGame.computeIfAbsent(s.gameId() + s.teamId(), k -> new double[7]);
      t[0] += s.rebounds();
      t[1] += s.assists();
      t[2] += s.threes();
      t[3] += s.steals();
      t[4] += s.blocks();
      t[5] += s.turnovers();
      t[6] += s.minutes();
      byPlayerGame.put(s.playerId() + "|" + s.gameId(), s);
    }
    double[] points = finals.stream()
        .flatMapToDouble(g -> Arrays.stream(new double[] {g.homeScore(), g.awayScore()}))
        .toArray();
    double[] mean = new double[7];
    teamGame.values().forEach(t -> {
      for (int k = 0; k < 7; k++) {
        mean[k] += t[k] / teamGame.size();
      }
    });
    long overtimes = finals.stream().filter(g -> teamGame.get(g.id() + g.homeTeam())[6] > 250)
        .count();
    double homeWins = finals.stream().filter(g -> g.homeScore() > g.awayScore()).count();
    double margin = finals.stream().mapToDouble(g -> g.homeScore() - g.awayScore()).average()
        .orElse(0);
    long days = season.games().stream().map(Game::date).distinct().count();
    long b2b = season.games().stream()
        .mapToLong(g -> (g.homeRestDays() == 0 ? 1 : 0) + (g.awayRestDays() == 0 ? 1 : 0)).sum();

    Map<String, double[]> perPlayer = new HashMap<>();
    double[] b2bMinutes = new double[4];
    int zeroAst = 0;
    int tenMin = 0;
    for (PlayerGameStat s : season.stats()) {
      double[] p = perPlayer.computeIfAbsent(s.playerId(), k -> new double[5]);
      p[0]++;
      p[1] += s.points();
      p[2] += s.minutes();
      p[3] += s.rebounds();
      p[4] += s.assists();
      if (s.minutes() >= 10) {
        tenMin++;
        zeroAst += s.assists() == 0 ? 1 : 0;
      }
    }
    for (PlayerGameStat s : season.stats()) {
      double[] p = perPlayer.get(s.playerId());
      if (p[2] / p[0] >= 25) {
        int k = s.restDays() == 0 ? 0 : 2;
        b2bMinutes[k] += s.minutes();
        b2bMinutes[k + 1]++;
      }
    }
    List<double[]> qualified = perPlayer.values().stream().filter(p -> p[0] >= 10).toList();
    double[] rotationPpg = qualified.stream().filter(p -> p[2] / p[0] >= 15)
        .mapToDouble(p -> p[1] / p[0]).sorted().toArray();

    double out = 0;
    for (LocalDate d = season.startDate(); !d.isAfter(season.today()); d = d.plusDays(1)) {
      LocalDate day = d;
      out += season.injuries().stream().filter(i -> i.covers(day)).count();
    }
    out /= days * (double) season.players().size();

    List<double[]> pairs = new ArrayList<>();
    Map<String, Double> prizeLine = new HashMap<>();
    int disagree = 0;
    int compared = 0;
    for (Prop p : season.props()) {
      if (p.platform().equals("prizepicks")) {
        prizeLine.put(p.externalId(), p.line());
      } else if (prizeLine.containsKey(p.externalId())) {
        compared++;
        disagree += prizeLine.get(p.externalId()) != p.line() ? 1 : 0;
      }
      PlayerGameStat s = byPlayerGame.get(p.playerId() + "|" + p.gameId());
      if (s != null) {
        pairs.add(new double[] {p.trueProbOver(), s.value(p.statType()) > p.line() ? 1 : 0});
      }
    }
    double[] edges = season.props().stream().mapToDouble(p -> Math.abs(p.trueProbOver() - 0.5))
        .sorted().toArray();
    double[] home = finals.stream().mapToDouble(Game::homeScore).toArray();
    double[] away = finals.stream().mapToDouble(Game::awayScore).toArray();
    double[] margins = finals.stream().mapToDouble(g -> g.homeScore() - g.awayScore()).toArray();
    return new SeasonMarginals(avg(points), sd(points), sd(margins), correlation(home, away),
        finals.stream().mapToDouble(Game::pace).average().orElse(0), mean[0], mean[1], mean[2],
        mean[3], mean[4], mean[5], homeWins / finals.size(), margin,
        overtimes / (double) finals.size(), season.games().size() / (double) days,
        b2b / (2.0 * season.games().size()),
        qualified.stream().mapToDouble(p -> p[1] / p[0]).max().orElse(0),
        (int) qualified.stream().filter(p -> p[1] / p[0] >= 25).count(),
        rotationPpg[rotationPpg.length / 2],
        qualified.stream().mapToDouble(p -> p[3] / p[0]).max().orElse(0),
        qualified.stream().mapToDouble(p -> p[4] / p[0]).max().orElse(0),
        zeroAst / (double) tenMin, b2bMinutes[0] / b2bMinutes[1], b2bMinutes[2] / b2bMinutes[3],
        out, pairs.size(), pairs.stream().mapToDouble(x -> x[0]).average().orElse(0),
        pairs.stream().mapToDouble(x -> x[1]).average().orElse(0), Calibration.ece(pairs, 10),
        edges[edges.length / 2], edges[(int) (edges.length * 0.9)],
        disagree / (double) compared);
  }

  private static double correlation(double[] x, double[] y) {
    double mx = avg(x);
    double my = avg(y);
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / (x.length - 1) / (sd(x) * sd(y));
  }

  private static double avg(double[] x) {
    return Arrays.stream(x).average().orElse(0);
  }

  private static double sd(double[] x) {
    double m = avg(x);
    return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
  }
}
