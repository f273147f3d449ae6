package com.betterbros.props.live.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SubscriberView: the global events as one filtered subscriber must see them")
class SubscriberViewTest {

  private static final EdgeFilter MIN_2 = new EdgeFilter(Set.of("PrizePicks"), Set.of(), Set.of(), Set.of(), 0.02,
      Set.of());

  @Test
  @DisplayName("the snapshot holds the matching edges, best edge first")
  void snapshot() {
    SubscriberView v = new SubscriberView();
    List<Edge> seen = v.subscribe(MIN_2, List.of(Edges.of("a", 10.5, "over", 0.60), Edges.of("b", 10.5, "over", 0.65),
        Edges.of("c", 10.5, "over", 0.58)));
    assertThat(seen).extracting(Edge::propId).containsExactly("b", "a");
  }

  @Test
  @DisplayName("an edge rising above the minimum is new to it, falling below is gone (below_filter), then silence")
  void crossingTheFilter() {
    SubscriberView v = new SubscriberView();
    v.subscribe(MIN_2, List.of(Edges.of("a", 10.5, "over", 0.58)));
    Edge low = Edges.of("a", 10.5, "over", 0.58);
    Edge high = Edges.of("a", 10.5, "over", 0.61);
    var up = v.deliver(EdgeEvent.changed(5, "t", high, low, List.of(ChangeRules.EDGE_THRESHOLD))).orElseThrow();
    assertThat(up.type()).isEqualTo(EdgeEvent.Type.NEW);
    assertThat(up.seq()).isEqualTo(5);
    Edge higher = Edges.of("a", 10.5, "over", 0.63);
    assertThat(v.deliver(EdgeEvent.changed(6, "t", higher, high, List.of(ChangeRules.P_CHANGE))).orElseThrow().type())
        .isEqualTo(EdgeEvent.Type.CHANGED);
    var down = v.deliver(EdgeEvent.changed(7, "t", low, higher, List.of(ChangeRules.EDGE_THRESHOLD))).orElseThrow();
    assertThat(down.type()).isEqualTo(EdgeEvent.Type.GONE);
    assertThat(down.reason()).isEqualTo("below_filter");
    assertThat(v.deliver(EdgeEvent.gone(8, "t", low, "closed"))).isEmpty();
  }

  @Test
  @DisplayName("other platforms' edges and best slips never reach it")
  void platforms() {
    SubscriberView v = new SubscriberView();
    v.subscribe(MIN_2, List.of());
    Edge ud = Edges.of("u", "underdog", "points", "DEN", 10.5, "over", 0.7, "2030-01-01T00:00:00Z");
    assertThat(v.deliver(EdgeEvent.added(1, "t", ud))).isEmpty();
    assertThat(v.deliver(EdgeEvent.bestSlip(2, "t", "underdog", null))).isEmpty();
    assertThat(v.deliver(EdgeEvent.bestSlip(3, "t", "prizepicks", null))).isPresent();
  }

  @Test
  @DisplayName("filters compare platform, stat and side case-insensitively, teams upper-case, players by id or name")
  void filterMatching() {
    Edge e = Edges.of("a", "prizepicks", "points", "den", 10.5, "Over", 0.6, "x");
    assertThat(new EdgeFilter(Set.of("PRIZEPICKS"), Set.of("Points"), Set.of("DEN"), Set.of("player a"), null,
        Set.of("over")).matches(e)).isTrue();
    assertThat(new EdgeFilter(null, null, null, Set.of("pl-a"), null, null).matches(e)).isTrue();
    assertThat(new EdgeFilter(null, null, Set.of("LAL"), null, null, null).matches(e)).isFalse();
    assertThat(new EdgeFilter(null, null, null, null, null, Set.of("under")).matches(e)).isFalse();
  }
}
