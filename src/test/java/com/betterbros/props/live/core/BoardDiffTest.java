package com.betterbros.props.live.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BoardDiff: one set of global events per change of the board, numbered in order")
class BoardDiffTest {

  private static final ChangeRules RULES = new ChangeRules(0.01, List.of(0.0, 0.02, 0.05));
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  @DisplayName("a first board is all edge.new, by prop id, numbered from 1")
  void firstBoard() {
    var r = BoardDiff.diff(FeedState.EMPTY, Map.of("b", Edges.of("b", 20.5, "over", 0.6),
        "a", Edges.of("a", 10.5, "under", 0.62)), Map.of(), RULES, NOW);
    assertThat(r.events()).extracting(EdgeEvent::type).containsExactly(EdgeEvent.Type.NEW, EdgeEvent.Type.NEW);
    assertThat(r.events()).extracting(EdgeEvent::propId).containsExactly("a", "b");
    assertThat(r.events()).extracting(EdgeEvent::seq).containsExactly(1L, 2L);
    assertThat(r.state().seq()).isEqualTo(2);
    assertThat(r.state().edges()).containsOnlyKeys("a", "b");
  }

  @Test
  @DisplayName("a line move, a p move of 1 point and an edge crossing 0.02 are changes; a 0.5-point p wobble is not")
  void changes() {
    FeedState before = new FeedState(7, Map.of(
        "line", Edges.of("line", 20.5, "over", 0.60),
        "p", Edges.of("p", 20.5, "over", 0.60),
        "cross", Edges.of("cross", 20.5, "over", 0.5954),   // edge 0.018
        "wobble", Edges.of("wobble", 20.5, "over", 0.60)), Map.of());
    var r = BoardDiff.diff(before, Map.of(
        "line", Edges.of("line", 21.5, "over", 0.60),
        "p", Edges.of("p", 20.5, "over", 0.61),
        "cross", Edges.of("cross", 20.5, "over", 0.5984),   // edge 0.021: crosses 0.02 with a 0.3-point move
        "wobble", Edges.of("wobble", 20.5, "over", 0.605)), Map.of(), RULES, NOW);
    assertThat(r.events()).extracting(EdgeEvent::propId).containsExactly("cross", "line", "p");
    assertThat(r.events()).extracting(EdgeEvent::seq).containsExactly(8L, 9L, 10L);
    assertThat(r.events().get(0).reasons()).containsExactly(ChangeRules.EDGE_THRESHOLD);
    assertThat(r.events().get(1).reasons()).containsExactly(ChangeRules.LINE_MOVE);
    assertThat(r.events().get(1).previous().line()).isEqualTo(20.5);
    assertThat(r.events().get(2).reasons()).containsExactly(ChangeRules.P_CHANGE);
    // the wobble is not published: the state keeps the last published value, so drift adds up
    assertThat(r.state().edges().get("wobble").p()).isEqualTo(0.60);
    var drift = BoardDiff.diff(r.state(), Map.of("line", Edges.of("line", 21.5, "over", 0.60),
        "p", Edges.of("p", 20.5, "over", 0.61), "cross", Edges.of("cross", 20.5, "over", 0.5984),
        "wobble", Edges.of("wobble", 20.5, "over", 0.611)), Map.of(), RULES, NOW);
    assertThat(drift.events()).extracting(EdgeEvent::propId).containsExactly("wobble");
  }

  @Test
  @DisplayName("a prop that left the board is gone: closed once its game started, removed before")
  void gone() {
    FeedState before = new FeedState(3, Map.of(
        "started", Edges.of("started", "prizepicks", "points", "DEN", 20.5, "over", 0.6, "2025-12-31T23:00:00Z"),
        "pulled", Edges.of("pulled", "prizepicks", "points", "DEN", 20.5, "over", 0.6, "2026-01-02T00:00:00Z")),
        Map.of());
    var r = BoardDiff.diff(before, Map.of(), Map.of(), RULES, NOW);
    assertThat(r.events()).extracting(EdgeEvent::reason).containsExactly("removed", "closed");
    assertThat(r.events()).extracting(EdgeEvent::propId).containsExactly("pulled", "started");
    assertThat(r.state().edges()).isEmpty();
    assertThat(r.state().seq()).isEqualTo(5);
  }

  @Test
  @DisplayName("slip.best when the legs change or EV moves by 0.01; an unchanged board publishes nothing")
  void bestSlips() {
    BestSlip one = new BestSlip("prizepicks", "power", 2, 0.4, 0.2,
        List.of(new BestSlip.Leg("a", "A", "points", 10.5, "over", 0.63), new BestSlip.Leg("b", "B", "points",
            5.5, "over", 0.64)));
    BestSlip reordered = new BestSlip("prizepicks", "power", 2, 0.4, 0.205, List.of(one.legs().get(1), one.legs().get(0)));
    BestSlip better = new BestSlip("prizepicks", "power", 2, 0.41, 0.23, one.legs());
    FeedState before = new FeedState(1, Map.of(), Map.of("prizepicks", one));
    assertThat(BoardDiff.diff(before, Map.of(), Map.of("prizepicks", reordered), RULES, NOW).events()).isEmpty();
    var moved = BoardDiff.diff(before, Map.of(), Map.of("prizepicks", better), RULES, NOW);
    assertThat(moved.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EdgeEvent.Type.SLIP_BEST);
      assertThat(e.slip().ev()).isEqualTo(0.23);
    });
    var none = BoardDiff.diff(before, Map.of(), Map.of(), RULES, NOW);
    assertThat(none.events()).singleElement().satisfies(e -> assertThat(e.slip()).isNull());
    assertThat(none.state().slips()).isEmpty();
  }
}
