package com.betterbros.props.snapshots.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Grading a snapshot: Brier of P(over), hit rate and ROI of the recommended legs, pushes and voids")
class SnapshotGradeTest {

  static final double B = Math.pow(3, -0.5);

  static SnapshotItem item(String id, double line, Double pOver, Double edge) {
    Double pUnder = pOver == null ? null : 1 - pOver;
    String side = pOver == null ? null : pOver >= 0.5 ? "over" : "under";
    return new SnapshotItem(id, "prizepicks", "p-" + id, "P " + id, "DEN", "LAL", "g1", "points", line,
        Instant.parse("2025-11-02T00:00:00Z"), "standard", pOver, pUnder, side, pOver == null ? null : B, edge, 20.0,
        pOver == null ? "unsupported_stat_type" : null);
  }

  @Test
  @DisplayName("worked by hand: 2 of 3 settled recommended legs won, a push refunded, a pending leg not counted")
  void byHand() {
    List<SnapshotItem> items = List.of(
        item("a", 20.5, 0.70, 0.70 - B),   // recommended over, went over: +1/b
        item("b", 10.5, 0.30, 0.70 - B),   // recommended under, went under: +1/b
        item("c", 5.5, 0.65, 0.65 - B),    // recommended over, went under: lost
        item("d", 7.0, 0.62, 0.62 - B),    // recommended, push: stake back
        item("e", 9.5, 0.64, 0.64 - B),    // recommended, pending: not counted
        item("f", 3.5, 0.52, 0.52 - B),    // not recommended (edge < 0), went over
        item("g", 1.5, null, null));       // not priced, void
    Map<String, GradedLeg> outcomes = Map.of(
        "a", new GradedLeg("a", Outcome.OVER, 25.0), "b", new GradedLeg("b", Outcome.UNDER, 8.0),
        "c", new GradedLeg("c", Outcome.UNDER, 3.0), "d", new GradedLeg("d", Outcome.PUSH, 7.0),
        "f", new GradedLeg("f", Outcome.OVER, 4.0), "g", new GradedLeg("g", Outcome.VOID, null));
    SnapshotGrade g = SnapshotGrade.of(items, outcomes);
    assertThat(g.items()).isEqualTo(7);
    assertThat(g.settled()).isEqualTo(4);
    assertThat(g.pushes()).isEqualTo(1);
    assertThat(g.voids()).isEqualTo(1);
    assertThat(g.pending()).isEqualTo(1);
    assertThat(g.recommended()).isEqualTo(5);
    assertThat(g.recommendedSettled()).isEqualTo(3);
    assertThat(g.recommendedWon()).isEqualTo(2);
    assertThat(g.hitRate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(g.staked()).isEqualTo(4.0);
    assertThat(g.returned()).isCloseTo(2 / B + 1, within(1e-12));
    assertThat(g.roi()).isCloseTo((2 / B + 1 - 4) / 4, within(1e-12));
    // Brier over a, b, c, f (priced and settled): (0.3² + 0.3² + 0.65² + 0.48²) / 4
    assertThat(g.brier()).isCloseTo((0.09 + 0.09 + 0.4225 + 0.2304) / 4, within(1e-12));
  }

  @Test
  @DisplayName("nothing settled yet: no hit rate, Brier or ROI, every item pending")
  void nothingSettled() {
    SnapshotGrade g = SnapshotGrade.of(List.of(item("a", 20.5, 0.7, 0.7 - B)), Map.of());
    assertThat(g.pending()).isEqualTo(1);
    assertThat(g.hitRate()).isNull();
    assertThat(g.brier()).isNull();
    assertThat(g.roi()).isNull();
  }

  @Test
  @DisplayName("an outcome is over, under or a push against the line")
  void outcomes() {
    assertThat(Outcome.of(21, 20.5)).isEqualTo(Outcome.OVER);
    assertThat(Outcome.of(20, 20.5)).isEqualTo(Outcome.UNDER);
    assertThat(Outcome.of(7, 7.0)).isEqualTo(Outcome.PUSH);
    assertThat(Outcome.PUSH.decided()).isFalse();
  }

  @Test
  @DisplayName("comparing two snapshots: deltas of the common props, added and removed, moved and flipped counts")
  void comparison() {
    List<SnapshotItem> a = List.of(item("x", 20.5, 0.60, 0.60 - B), item("y", 8.5, 0.55, 0.55 - B),
        item("z", 3.5, 0.40, 0.60 - B));
    List<SnapshotItem> b = List.of(item("x", 21.5, 0.56, 0.56 - B), item("z", 3.5, 0.405, 0.595 - B),
        item("w", 9.5, 0.7, 0.7 - B));
    SnapshotComparison c = SnapshotComparison.of(a, b);
    assertThat(c.common()).isEqualTo(2);
    assertThat(c.added()).extracting(SnapshotItem::propId).containsExactly("w");
    assertThat(c.removed()).extracting(SnapshotItem::propId).containsExactly("y");
    SnapshotComparison.Change x = c.changes().get(0);
    assertThat(x.a().propId()).isEqualTo("x");
    assertThat(x.lineDelta()).isEqualTo(1.0);
    assertThat(x.pOverDelta()).isCloseTo(-0.04, within(1e-12));
    assertThat(x.edgeDelta()).isCloseTo(-0.04, within(1e-12));
    assertThat(c.lineMoved()).isEqualTo(1);
    assertThat(c.pMoved()).isEqualTo(1);
    assertThat(c.sideFlipped()).isZero();
  }
}
