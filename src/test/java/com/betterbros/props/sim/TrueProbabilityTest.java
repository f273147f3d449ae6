package com.betterbros.props.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Prop.trueProbOver")
class TrueProbabilityTest {

  private static final int DRAWS = 4000;

  @Test
  @DisplayName("is calibrated on the default season's settled props (ECE <= 0.03)")
  void calibrated() {
    Season season = DefaultSeason.SEASON;
    Map<String, PlayerGameStat> box = new HashMap<>();
    season.stats().forEach(s -> box.put(s.playerId() + "|" + s.gameId(), s));
    Map<String, List<double[]>> byStat = new HashMap<>();
    List<double[]> all = new ArrayList<>();
    for (Prop p : season.props()) {
      PlayerGameStat s = box.get(p.playerId() + "|" + p.gameId());
      if (s != null) {
        double[] pair = {p.trueProbOver(), s.value(p.statType()) > p.line() ? 1 : 0};
        all.add(pair);
        byStat.computeIfAbsent(p.statType(), k -> new ArrayList<>()).add(pair);
      }
    }
    assertThat(all).hasSizeGreaterThan(50_000);
    assertThat(Calibration.ece(all, 10)).isLessThanOrEqualTo(0.03);
    assertThat(mean(all, 0)).isCloseTo(mean(all, 1), offset(0.015));
    byStat.forEach((stat, pairs) -> assertThat(mean(pairs, 0)).as(stat)
        .isCloseTo(mean(pairs, 1), offset(0.03)));
  }

  @Test
  @DisplayName("matches a brute-force Monte Carlo of the generative game (4000 replays per game)")
  void matchesMonteCarlo() {
    List<GameSetup> setups = setups(42, 60, new int[] {40, 170, 300});
    double sumDiff = 0;
    int n = 0;
    for (GameSetup setup : setups) {
      PropProbability model = new PropProbability(setup);
      List<GameSimulator.Result> replays = new ArrayList<>();
      SplittableRandom seeds = new SplittableRandom(7 + setup.index());
      for (int r = 0; r < DRAWS; r++) {
        replays.add(GameSimulator.play(setup, seeds.split()));
      }
      for (boolean home : new boolean[] {true, false}) {
        MinutesPlan plan = setup.side(home).plan();
        for (int i = 0; i < plan.players.length; i++) {
          if (plan.pool[i] || plan.mu[i] < ModelParams.PROP_MINUTES) {
            continue;
          }
          double[][] lines = new double[PropStat.ALL.size()][];
          for (PropStat s : PropStat.ALL) {
            double c = model.centralMean(home, i, s);
            lines[s.ordinal()] = new double[] {Math.max(0.5, Math.floor(c - 1.15) + 0.5),
                Math.max(0.5, Math.floor(c - 0.15) + 0.5), Math.floor(c + 1.85) + 0.5};
          }
          double[][] exact = model.overProbabilities(home, i, PropStat.ALL, lines);
          for (PropStat s : PropStat.ALL) {
            for (int l = 0; l < 3; l++) {
              double line = lines[s.ordinal()][l];
              double p = exact[s.ordinal()][l];
              double empirical = empirical(replays, home, i, s, line);
              double se = Math.sqrt(p * (1 - p) / DRAWS);
              assertThat(Math.abs(empirical - p)).as("%s %s > %s", plan.players[i].id(), s, line)
                  .isLessThan(4.5 * se + 0.005);
              sumDiff += empirical - p;
              n++;
            }
          }
        }
      }
    }
    assertThat(sumDiff / n).isCloseTo(0.0, offset(0.006));
  }

  @Test
  @DisplayName("the default quadrature agrees with a much finer one to 0.002")
  void quadratureConverged() {
    GameSetup setup = setups(42, 30, new int[] {120}).get(0);
    PropProbability coarse = new PropProbability(setup);
    PropProbability fine = new PropProbability(setup, 5, 13);
    for (int i = 0; i < setup.home().plan().players.length; i++) {
      if (setup.home().plan().mu[i] < ModelParams.PROP_MINUTES) {
        continue;
      }
      double[][] lines = new double[PropStat.ALL.size()][];
      for (PropStat s : PropStat.ALL) {
        lines[s.ordinal()] = new double[] {Math.floor(coarse.centralMean(true, i, s)) + 0.5};

      }
      double[][] a = coarse.overProbabilities(true, i, PropStat.ALL, lines);
      double[][] b = fine.overProbabilities(true, i, PropStat.ALL, lines);
      for (int s = 0; s < a.length; s++) {
        assertThat(a[s][0]).isCloseTo(b[s][0], offset(0.002));
      }
    }
  }

  @Test
  @DisplayName("the noisy book leaves real edges: a fifth of props are 0.1+ away from 0.5")
  void edgesExist() {
    double[] edges = DefaultSeason.SEASON.props().stream()
        .mapToDouble(p -> Math.abs(p.trueProbOver() - 0.5)).sorted().toArray();
    double share = Arrays.stream(edges).filter(e -> e >= 0.1).count()
        / (double) edges.length;
    assertThat(share).isBetween(0.15, 0.6);
    assertThat(edges[edges.length / 2]).isBetween(0.03, 0.15);
  }

  private static double empirical(List<GameSimulator.Result> replays, boolean home, int i,
      PropStat stat, double line) {
    int over = 0;
    for (GameSimulator.Result r : replays) {
      GameSimulator.Box b = home ? r.home() : r.away();
      int value = switch (stat) {
        case POINTS -> b.points()[i];
        case REBOUNDS -> b.rebounds()[i];
        case ASSISTS -> b.assists()[i];
        case PTS_REBS_ASTS -> b.points()[i] + b.rebounds()[i] + b.assists()[i];
        case THREES -> b.threes()[i];
      };
      over += value > line ? 1 : 0;
    }
    return over / (double) replays.size();
  }

  private static double mean(List<double[]> pairs, int k) {
    return pairs.stream().mapToDouble(p -> p[k]).average().orElseThrow();
  }

  /** Rebuilds the pre-game setups of some fixtures exactly as SeasonGenerator does. */
  static List<GameSetup> setups(long seed, int days, int[] indexes) {
    LocalDate start = SeasonGenerator.DEFAULT_START;
    SplittableRandom root = new SplittableRandom(seed);
    League league = LeagueFactory.create(root.split());
    List<ScheduledGame> fixtures = ScheduleBuilder.build(league.teams(), start, days, root.split());
    InjuryModel injuries = InjuryModel.generate(league, start, start.plusDays(days - 1L),
        root.split());
    List<GameSetup> out = new ArrayList<>();
    for (int index : indexes) {
      out.add(GameSetup.of(index, fixtures.get(index), league, injuries));
    }
    return out;
  }
}
