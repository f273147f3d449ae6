package com.betterbros.props.whatif.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * On/off redistribution on a handmade history, by hand. Team A plays g0 (last season) and g1..g5
 * before 2025-11-10. Star "s" plays g1..g3 (35 min) and misses g4, g5. Teammate "t" plays 20 min
 * and scores 10 with him (rate 0.5), 30 min and 21 without (rate 0.7); "u" plays only with him;
 * "v" plays every game, 25 min with and 25 without, 5 points each time. In g0 (2024-12-01) s sat
 * and t played 48 minutes: last season, outside the window.
 */
@DisplayName("On/off splits: minutes and per-minute rates with and without an absent player, shrunk by n/(n+k)")
class OnOffSplitsTest {

  static final LocalDate DATE = LocalDate.of(2025, 11, 10);

  static HistoryIndex history() {
    List<Game> games = new ArrayList<>();
    List<PlayerGameStat> rows = new ArrayList<>();
    games.add(game("g0", "2024-12-01"));
    rows.add(row("t", "g0", "2024-12-01", 48, 40));
    for (int g = 1; g <= 5; g++) {
      String date = "2025-11-0" + g;
      games.add(game("g" + g, date));
      boolean with = g <= 3;
      if (with) {
        rows.add(row("s", "g" + g, date, 35, 30));
        rows.add(row("u", "g" + g, date, 10, 4));
      }
      rows.add(row("t", "g" + g, date, with ? 20 : 30, with ? 10 : 21));
      rows.add(row("v", "g" + g, date, 25, 5));
    }
    List<Player> players = List.of(new Player("s", "Star", "A", "G"), new Player("t", "Two", "A", "G"),
        new Player("u", "Unused", "A", "F"), new Player("v", "Vet", "A", "C"));
    return HistoryIndex.of(games, rows, List.of(), players);
  }

  @Test
  @DisplayName("t gains w (30 - 20) minutes and w (0.7 - 0.5) points a minute with w = 2 / (2 + 5)")
  void byHand() {
    OnOffSplits splits = OnOffSplits.of(history(), "s", "A", DATE, 5);
    assertThat(splits.gamesWith()).isEqualTo(3);
    assertThat(splits.gamesWithout()).isEqualTo(2);
    OnOffSplits.Shift t = splits.shifts().get("t");
    assertThat(t.weight()).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(t.minutesDelta()).isCloseTo(2.0 / 7 * 10, within(1e-12));
    assertThat(t.rateDelta("points")).isCloseTo(2.0 / 7 * (21.0 / 30 - 10.0 / 20), within(1e-12));
    assertThat(splits.shifts().get("v").minutesDelta()).isCloseTo(0, within(1e-12));
    assertThat(splits.shifts()).as("u never played without s: no delta is invented").doesNotContainKey("u");
    // k = 0: no shrinkage, the raw difference
    assertThat(OnOffSplits.of(history(), "s", "A", DATE, 0).shifts().get("t").minutesDelta()).isCloseTo(10, within(1e-12));
  }

  @Test
  @DisplayName("a player who missed no game has no games without him, hence no shifts")
  void neverMissed() {
    OnOffSplits splits = OnOffSplits.of(history(), "v", "A", DATE, 5);
    assertThat(splits.gamesWithout()).isZero();
    assertThat(splits.shifts()).isEmpty();
  }

  @Test
  @DisplayName("the features change only in minutes, rate, projection, line - projection and the teammate-out inputs")
  void featuresSeam() {
    double[] f = new double[FeatureSet.size()];
    Arrays.fill(f, 1.0);
    f[ScenarioFeatures.MINUTES_PROJ] = 20;
    f[ScenarioFeatures.RATE] = 0.5;
    f[ScenarioFeatures.OPP_POS] = 1.1;
    f[ScenarioFeatures.LINE] = 12.5;
    f[ScenarioFeatures.OUT] = 0;
    f[ScenarioFeatures.OUT_USAGE] = 0;
    f[ScenarioFeatures.USAGE_VACATED] = Double.NaN;
    double[] before = f.clone();
    double[] x = ScenarioFeatures.apply(f, new ScenarioFeatures.Change(10.0 / 7 * 2, Double.NaN, 0.04, 1, 0.3));
    assertThat(f).as("the stored vector is not modified").containsExactly(before);
    double minutes = 20 + 20.0 / 7;
    assertThat(x[ScenarioFeatures.MINUTES_PROJ]).isCloseTo(minutes, within(1e-12));
    assertThat(x[ScenarioFeatures.RATE]).isCloseTo(0.54, within(1e-12));
    assertThat(x[ScenarioFeatures.PROJECTION]).isCloseTo(0.54 * minutes * 1.1, within(1e-12));
    assertThat(x[ScenarioFeatures.LINE_MINUS_PROJECTION]).isCloseTo(12.5 - 0.54 * minutes * 1.1, within(1e-12));
    assertThat(x[ScenarioFeatures.OUT]).isEqualTo(1);
    assertThat(x[ScenarioFeatures.OUT_USAGE]).isCloseTo(0.3, within(1e-12));
    assertThat(x[ScenarioFeatures.USAGE_VACATED]).isNaN();
    int changed = 0;
    for (int i = 0; i < f.length; i++) {
      changed += Double.compare(f[i], x[i]) == 0 ? 0 : 1;
    }
    assertThat(changed).isEqualTo(6);
    // a limited player: his minutes are set, clamped to [0, 48]
    assertThat(ScenarioFeatures.apply(f, new ScenarioFeatures.Change(0, 60, 0, 0, 0))[ScenarioFeatures.MINUTES_PROJ])
        .isEqualTo(48);
  }

  static Game game(String id, String date) {
    return new Game(id, "NBA", LocalDate.parse(date), Instant.parse(date + "T00:00:00Z"), "A", "B", 1, 1, 100, 95,
        98.0, "final");
  }

  static PlayerGameStat row(String player, String game, String date, double minutes, int points) {
    return PlayerGameStat.of(player, game, "A", "B", LocalDate.parse(date), true, 1, minutes, points, 3, 2, 1, 1, 0, 1);
  }
}
