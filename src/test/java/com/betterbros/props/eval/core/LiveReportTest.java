package com.betterbros.props.eval.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.LinePoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The live record: outcomes from box scores, picks' hit rate and ROI, closing-line value, rolling days")
class LiveReportTest {

  private static final LocalDate D1 = LocalDate.of(2026, 1, 10);
  private static final double B = 0.5774;

  private static ServedPrediction served(String id, String player, double line, double pOver, String side, Double edge,
      LocalDate day) {
    Instant start = day.atTime(19, 0).atZone(java.time.ZoneId.of("America/New_York")).toInstant();
    return new ServedPrediction(id, "m-1", line, start.minusSeconds(7200), "prizepicks", player, "points", "g-" + day,
        start, pOver, side, edge == null ? null : B, edge);
  }

  @Test
  @DisplayName("every figure by hand: a won over, a lost under, a push, a void, a pending leg, a non-pick")
  void byHand() {
    List<ServedPrediction> served = List.of(
        served("a", "pa", 20.5, 0.65, "over", 0.07, D1),   // stat 25: over won; close 21.5: +1 in favour
        served("b", "pb", 8.5, 0.30, "under", 0.12, D1),   // stat 10: under lost; close 8.0: +0.5 in favour
        served("c", "pc", 5.0, 0.62, "over", 0.04, D1),    // stat 5: push; close 5.0: unchanged
        served("d", "pd", 3.5, 0.40, "under", 0.02, D1),   // no box score, game final: void; no history
        served("e", "pe", 30.5, 0.55, "over", -0.03, D1),  // stat 28: not a pick
        served("f", "pf", 12.5, 0.70, "over", 0.12, D1.plusDays(1))); // next day, game not played: pending
    List<Game> games = List.of(
        new Game("g-" + D1, "NBA", D1, null, "DEN", "LAL", null, null, 100, 90, null, Game.FINAL),
        new Game("g-" + D1.plusDays(1), "NBA", D1.plusDays(1), null, "DEN", "BOS", null, null, null, null, null,
            "scheduled"));
    List<PlayerGameStat> stats = List.of(box("pa", 25, D1), box("pb", 10, D1), box("pc", 5, D1), box("pe", 28, D1));
    Map<String, List<LinePoint>> lines = Map.of(
        "a", List.of(point("a", 20.5, served.get(0).servedAt()), point("a", 21.5, served.get(0).startTime()),
            point("a", 23.5, served.get(0).startTime().plusSeconds(60))),
        "b", List.of(point("b", 8.5, served.get(1).servedAt()), point("b", 8.0, served.get(1).servedAt().plusSeconds(5))),
        "c", List.of(point("c", 5.0, served.get(2).servedAt())));
    LiveReport r = LiveReport.of(LiveRows.of(served, games, stats, lines, D1, D1.plusDays(1)), 7);
    assertThat(r.served()).isEqualTo(6);
    assertThat(r.settled()).isEqualTo(5);
    assertThat(r.pending()).isEqualTo(1);
    assertThat(r.voids()).isEqualTo(1);
    assertThat(r.pushes()).isEqualTo(1);
    // Brier over a (over, p .65), b (over, p .30), e (under, p .55)
    assertThat(r.brier()).isCloseTo((0.35 * 0.35 + 0.7 * 0.7 + 0.55 * 0.55) / 3, within(1e-12));
    assertThat(r.picks()).isEqualTo(5);
    assertThat(r.picksSettled()).isEqualTo(4);
    assertThat(r.picksWon()).isEqualTo(1);
    assertThat(r.hitRate()).isCloseTo(0.5, within(1e-12));
    assertThat(r.staked()).isEqualTo(4);
    assertThat(r.returned()).isCloseTo(1 / B + 1 + 1, within(1e-12));
    assertThat(r.roi()).isCloseTo((1 / B + 2 - 4) / 4, within(1e-12));
    assertThat(r.clv()).isEqualTo(new LiveReport.Clv(3, 2, 0, 1, (1.0 + 0.5 + 0) / 3));
    assertThat(r.days()).extracting(LiveReport.Day::date).containsExactly(D1, D1.plusDays(1));
    assertThat(r.days().get(1).picks()).isEqualTo(1);
    assertThat(r.days().get(1).rollingHitRate()).isCloseTo(0.5, within(1e-12));
    assertThat(r.models()).containsExactly(Map.entry("m-1", 6));
  }

  @Test
  @DisplayName("the rolling window holds only the trailing days")
  void rollingWindow() {
    List<ServedPrediction> served = List.of(served("a", "pa", 20.5, 0.65, "over", 0.07, D1),
        served("b", "pb", 20.5, 0.65, "over", 0.07, D1.plusDays(3)));
    List<Game> games = List.of(new Game("g-" + D1, "NBA", D1, null, "DEN", "LAL", null, null, 1, 0, null, Game.FINAL),
        new Game("g-" + D1.plusDays(3), "NBA", D1.plusDays(3), null, "DEN", "LAL", null, null, 1, 0, null, Game.FINAL));
    List<PlayerGameStat> stats = List.of(box("pa", 25, D1), box("pb", 10, D1.plusDays(3)));
    LiveReport wide = LiveReport.of(LiveRows.of(served, games, stats, Map.of(), D1, D1.plusDays(3)), 7);
    LiveReport narrow = LiveReport.of(LiveRows.of(served, games, stats, Map.of(), D1, D1.plusDays(3)), 2);
    assertThat(wide.days().get(1).rollingHitRate()).isCloseTo(0.5, within(1e-12));
    assertThat(narrow.days().get(1).rollingHitRate()).isZero();
    assertThat(LiveReport.of(LiveRows.of(served, games, stats, Map.of(), D1.plusDays(1), D1.plusDays(3)), 7).served())
        .isEqualTo(1);
  }

  private static PlayerGameStat box(String player, int points, LocalDate day) {
    return PlayerGameStat.of(player, "g-" + day, "DEN", "LAL", day, true, 1, 30, points, 5, 5, 1, 1, 1, 1);
  }

  private static LinePoint point(String id, double line, Instant at) {
    return new LinePoint(id, line, at);
  }
}
