package com.betterbros.props.features.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.sim.Season;
import com.betterbros.props.sim.SeasonGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The leakage test: features of a prop are a function of the past only. On the synthetic season
 * (seed 42, 30 days), 50 props drawn with seed 2024 from day 8 on (so players have history) are
 * rebuilt after every game and box score on or after the prop's date is changed, or deleted, and
 * every injury spell starting after it is dropped: each feature array must be bit-identical.
 */
@DisplayName("Features cannot see the target game or anything after it")
class FeatureLeakageTest {

  private static Season season;
  private static HistoryIndex full;
  private static List<Prop> sample;

  @BeforeAll
  static void generate() {
    season = SeasonGenerator.generate(42, 30);
    full = index(season.games(), season.stats(), season.injuries());
    LocalDate from = season.startDate().plusDays(7);
    List<Prop> eligible = season.props().stream().filter(p -> !game(p).date().isBefore(from)).toList();
    SplittableRandom rng = new SplittableRandom(2024);
    TreeSet<Integer> picks = new TreeSet<>();
    while (picks.size() < 50) {
      picks.add(rng.nextInt(eligible.size()));
    }
    sample = picks.stream().map(eligible::get).toList();
  }

  @Test
  @DisplayName("changing every game and box score on or after the date leaves all 50 feature arrays unchanged")
  void changedFuture() {
    for (Prop prop : sample) {
      LocalDate d = game(prop).date();
      HistoryIndex changed = index(
          map(season.games(), g -> !g.date().isBefore(d), FeatureLeakageTest::changeGame),
          map(season.stats(), s -> !s.date().isBefore(d), FeatureLeakageTest::changeRow),
          knownBy(d));
      assertThat(FeatureBuilder.build(changed, request(prop))).as(prop.id()).containsExactly(features(prop));
    }
  }

  @Test
  @DisplayName("deleting every game and box score on or after the date leaves all 50 feature arrays unchanged")
  void deletedFuture() {
    for (Prop prop : sample) {
      LocalDate d = game(prop).date();
      HistoryIndex deleted = index(
          season.games().stream().filter(g -> g.date().isBefore(d)).toList(),
          season.stats().stream().filter(s -> s.date().isBefore(d)).toList(),
          knownBy(d));
      assertThat(FeatureBuilder.build(deleted, request(prop))).as(prop.id()).containsExactly(features(prop));
    }
  }

  @Test
  @DisplayName("control: changing the box scores before the date does change the features of every player with history")
  void changedPastIsSeen() {
    int withHistory = 0;
    for (Prop prop : sample) {
      LocalDate d = game(prop).date();
      double[] before = features(prop);
      if (before[FeatureSet.indexOf("games_played")] == 0) {
        continue;
      }
      withHistory++;
      HistoryIndex changed = index(season.games(),
          map(season.stats(), s -> s.date().isBefore(d), FeatureLeakageTest::changeRow), season.injuries());
      assertThat(FeatureBuilder.build(changed, request(prop))).as(prop.id()).isNotEqualTo(before);
    }
    assertThat(withHistory).isGreaterThanOrEqualTo(40);
  }

  @Test
  @DisplayName("the sample covers several stat types and every feature is finite")
  void sampleIsMeaningful() {
    Map<String, Long> byStat = sample.stream().collect(Collectors.groupingBy(Prop::statType, Collectors.counting()));
    assertThat(byStat.keySet()).hasSizeGreaterThanOrEqualTo(3);
    for (Prop prop : sample) {
      for (double v : features(prop)) {
        assertThat(Double.isFinite(v)).as(prop.id()).isTrue();
      }
    }
  }

  private static double[] features(Prop prop) {
    return FeatureBuilder.build(full, request(prop));
  }

  private static FeatureRequest request(Prop prop) {
    return FeatureRequest.forGame(prop.playerId(), prop.team(), game(prop), prop.statType(), prop.line());
  }

  private static Game game(Prop prop) {
    return full == null
        ? season.games().stream().filter(g -> g.id().equals(prop.gameId())).findFirst().orElseThrow()
        : full.game(prop.gameId());
  }

  private static HistoryIndex index(List<Game> games, List<PlayerGameStat> stats, List<Injury> injuries) {
    return HistoryIndex.of(games, stats, injuries, season.players());
  }

  /** The injury spells reported by the date (started on or before it). */
  private static List<Injury> knownBy(LocalDate d) {
    return season.injuries().stream().filter(i -> !i.startDate().isAfter(d)).toList();
  }

  private static <T> List<T> map(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>(list.size());
    list.forEach(t -> out.add(which.test(t) ? change.apply(t) : t));
    return out;
  }

  private static Game changeGame(Game g) {
    return new Game(g.id(), g.sport(), g.date(), g.startTime(), g.homeTeam(), g.awayTeam(), g.homeRestDays(),
        g.awayRestDays(), 150, 60, 130.0, "final");
  }

  private static PlayerGameStat changeRow(PlayerGameStat s) {
    return PlayerGameStat.of(s.playerId(), s.gameId(), s.teamId(), s.opponentId(), s.date(), s.home(),
        s.restDays(), s.minutes() + 7, (int) s.points() + 9, (int) s.rebounds() * 2 + 1, (int) s.assists() + 4,
        (int) s.threes() + 2, (int) s.steals() + 1, (int) s.blocks() + 1, (int) s.turnovers() + 1);
  }
}
