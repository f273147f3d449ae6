package com.betterbros.props.live.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EventRing: replays what a reconnecting client missed, or says it cannot")
class EventRingTest {

  private static EdgeEvent event(long seq) {
    return EdgeEvent.added(seq, "t", Edges.of("p" + seq, 10.5, "over", 0.6));
  }

  @Test
  @DisplayName("holds the last capacity events: since inside the window replays, older or ahead is empty")
  void window() {
    EventRing ring = new EventRing(4);
    ring.reset(10);
    assertThat(ring.since(10)).hasValue(java.util.List.of());
    for (long s = 11; s <= 16; s++) {
      ring.add(event(s));
    }
    assertThat(ring.since(12).orElseThrow()).extracting(EdgeEvent::seq).containsExactly(13L, 14L, 15L, 16L);
    assertThat(ring.since(14).orElseThrow()).extracting(EdgeEvent::seq).containsExactly(15L, 16L);
    assertThat(ring.since(11)).isEmpty();
    assertThat(ring.since(17)).isEmpty();
    assertThat(ring.since(16)).hasValue(java.util.List.of());
  }

  @Test
  @DisplayName("a gap in the sequence starts the ring afresh: nothing before it is replayed")
  void gap() {
    EventRing ring = new EventRing(10);
    ring.reset(0);
    ring.add(event(1));
    ring.add(event(2));
    ring.add(event(5));
    assertThat(ring.since(1)).isEmpty();
    assertThat(ring.since(4).orElseThrow()).extracting(EdgeEvent::seq).containsExactly(5L);
  }
}
