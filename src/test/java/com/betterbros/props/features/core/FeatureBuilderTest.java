package com.betterbros.props.features.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.features.TinyHistory;
import com.betterbros.props.history.core.Game;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FeatureBuilder on a handmade history, checked by hand")
class FeatureBuilderTest {

  private static final double TOL = 1e-12;
  /** 2^(-1/5): the per-game EWMA decay for a half-life of 5 games. */
  private static final double D = Math.pow(2, -0.2);
  /** EWMA of p's points 10, 20, 30 (30 the latest): (30 + 20 d + 10 d²) / (1 + d + d²). */
  private static final double EWMA = (30 + 20 * D + 10 * D * D) / (1 + D + D * D);

  private final HistoryIndex index = TinyHistory.index();

  @Test
  @DisplayName("rolling means, medians, EWMA, season average, sd and slope use only the three earlier games")
  void rollingFeatures() {
    double[] f = FeatureBuilder.build(index, TinyHistory.request("p", "points", 25.0));
    assertThat(f).hasSize(FeatureSet.size());
    assertThat(get(f, "games_played")).isEqualTo(3);
    assertThat(get(f, "season_games")).isEqualTo(3);
    for (String n : List.of("3", "5", "10", "20")) {
      assertThat(get(f, "mean_" + n)).as("mean_" + n).isCloseTo(20.0, within(TOL));
      assertThat(get(f, "median_" + n)).as("median_" + n).isCloseTo(20.0, within(TOL));
    }
    assertThat(get(f, "ewma")).isCloseTo(EWMA, within(TOL));
    assertThat(get(f, "season_avg")).isCloseTo(20.0, within(TOL));
    // sd of 10, 20, 30 with n - 1: sqrt((100 + 0 + 100) / 2) = 10; OLS slope: +10 points per game.
    assertThat(get(f, "std_10")).isCloseTo(10.0, within(TOL));
    assertThat(get(f, "trend_10")).isCloseTo(10.0, within(TOL));
  }

  @Test
  @DisplayName("minutes, usage and the injured teammate: q's 10 minutes and 45 of 105 points are vacated")
  void minutesAndUsage() {
    double[] f = FeatureBuilder.build(index, TinyHistory.request("p", "points", 25.0));
    assertThat(get(f, "minutes_ewma")).isCloseTo(30.0, within(TOL));
    // V = 1 x 10 minutes; p is the only one available: share (30 + 6) / (30 + 6) = 1.
    assertThat(get(f, "minutes_proj")).isCloseTo(40.0, within(TOL));
    assertThat(get(f, "rate_per_min")).isCloseTo(EWMA / 30, within(TOL));
    // Team points in p's games: 30, 25, 50 = 105; p scored 60 of them, q 45.
    assertThat(get(f, "usage_share")).isCloseTo(60.0 / 105, within(TOL));
    assertThat(get(f, "teammates_out")).isEqualTo(1);
    assertThat(get(f, "teammates_out_usage")).isCloseTo(45.0 / 105, within(TOL));
    assertThat(get(f, "usage_vacated")).isCloseTo(45.0 / 105, within(TOL));
  }

  @Test
  @DisplayName("away on a back-to-back; opponent allowed and pace from B's two earlier games")
  void contextFeatures() {
    double[] f = FeatureBuilder.build(index, TinyHistory.request("p", "points", 25.0));
    assertThat(get(f, "home")).isZero();
    assertThat(get(f, "rest_days")).isZero();
    assertThat(get(f, "back_to_back")).isEqualTo(1);
    // Against B: 80 points in 80 minutes; league: 105 in 120 -> (80/80)/(105/120) = 8/7.
    assertThat(get(f, "opp_allowed_all")).isCloseTo(8.0 / 7, within(TOL));
    // Guards against B: 40 in 60; league guards: 60 in 90 -> 1.
    assertThat(get(f, "opp_allowed_pos")).isCloseTo(1.0, within(TOL));
    assertThat(get(f, "team_pace")).isCloseTo(98.0, within(TOL));
    assertThat(get(f, "opp_pace")).isCloseTo(99.0, within(TOL));
    assertThat(get(f, "projection")).isCloseTo(EWMA / 30 * 40, within(TOL));
  }

  @Test
  @DisplayName("line-relative features: 25.5 against a mean of 20; without a line they are 0")
  void lineFeatures() {
    double[] f = FeatureBuilder.build(index, TinyHistory.request("p", "points", 25.5));
    assertThat(get(f, "line")).isEqualTo(25.5);
    assertThat(get(f, "line_minus_mean_10")).isCloseTo(5.5, within(TOL));
    assertThat(get(f, "line_over_season_avg")).isCloseTo(25.5 / 20, within(TOL));
    assertThat(get(f, "line_minus_ewma")).isCloseTo(25.5 - EWMA, within(TOL));
    assertThat(get(f, "line_minus_projection")).isCloseTo(25.5 - EWMA / 30 * 40, within(TOL));
    double[] none = FeatureBuilder.build(index, TinyHistory.request("p", "points", null));
    for (String name : FeatureSet.LINE_RELATIVE) {
      assertThat(get(none, name)).as(name).isZero();
    }
    assertThat(get(none, "mean_3")).isEqualTo(get(f, "mean_3"));
  }

  @Test
  @DisplayName("no history at all: documented defaults, missing (NaN) where the inputs are unknown")
  void defaults() {
    HistoryIndex empty = HistoryIndex.of(List.of(), List.of(), List.of(), List.of());
    Game game = TinyHistory.game("x", "2025-11-05", "D", "E", 2, 4, 99.0);
    double[] f = FeatureBuilder.build(empty, FeatureRequest.forGame("nobody", "D", game, "threes", 1.5));
    for (String name : FeatureSet.NAMES) {
      double expected = switch (name) {
        case "team_pace", "opp_pace", "opp_allowed_pos", "opp_allowed_all", "teammates_out",
            "teammates_out_usage", "usage_vacated" -> Double.NaN;
        case "home" -> 1;
        case "rest_days" -> 2;
        case "line", "line_minus_mean_10", "line_minus_ewma", "line_minus_projection" -> 1.5;
        case "line_over_season_avg" -> 1.5 / FeatureSet.SEASON_AVG_FLOOR;
        default -> 0;
      };
      assertThat(Double.valueOf(get(f, name))).as(name).isEqualTo(Double.valueOf(expected));
    }
  }

  @Test
  @DisplayName("a rookie with no games still gets a share of the injured teammate's minutes")
  void rookie() {
    double[] f = FeatureBuilder.build(index, TinyHistory.request("r", "rebounds", 4.5));
    assertThat(get(f, "games_played")).isZero();
    // V = 10; available: r (0 + 6) and p (30 + 6) -> 10 x 6 / 42.
    assertThat(get(f, "minutes_proj")).isCloseTo(10.0 * 6 / 42, within(TOL));
    assertThat(get(f, "opp_allowed_pos")).as("no centre faced B: missing").isNaN();
  }

  @Test
  @DisplayName("the same data in any order gives bit-identical features")
  void orderIndependent() {
    List<com.betterbros.props.history.core.PlayerGameStat> stats = new ArrayList<>(TinyHistory.STATS);
    List<Game> games = new ArrayList<>(TinyHistory.GAMES);
    Collections.shuffle(stats, new Random(11));
    Collections.shuffle(games, new Random(12));
    HistoryIndex shuffled = HistoryIndex.of(games, stats, TinyHistory.INJURIES, TinyHistory.PLAYERS.reversed());
    FeatureRequest req = TinyHistory.request("p", "pts_rebs_asts", 30.5);
    assertThat(FeatureBuilder.build(shuffled, req)).containsExactly(FeatureBuilder.build(index, req));
  }

  @Test
  @DisplayName("an unsupported stat type fails naming it; a team outside the game is refused")
  void badInputs() {
    assertThatThrownBy(() -> FeatureBuilder.build(index, TinyHistory.request("p", "dunks", 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dunks'");
    assertThatThrownBy(() -> FeatureRequest.forGame("p", "C", TinyHistory.GAMES.get(3), "points", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("team C does not play in game g4");
    assertThat(FeatureBuilder.seasonStart(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2025, 8, 1));
    assertThat(FeatureBuilder.seasonStart(LocalDate.of(2025, 10, 21))).isEqualTo(LocalDate.of(2025, 8, 1));
  }

  private static double get(double[] f, String name) {
    return f[FeatureSet.indexOf(name)];
  }
}
