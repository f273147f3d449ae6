package com.betterbros.props.live.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CoalescingQueue: a slow client gets the latest per prop, bounded")
class CoalescingQueueTest {

  private static final Edge A1 = Edges.of("a", 10.5, "over", 0.60);
  private static final Edge A2 = Edges.of("a", 11.5, "over", 0.61);
  private static final Edge A3 = Edges.of("a", 11.5, "over", 0.63);

  @Test
  @DisplayName("new then changed stays new with the latest edge; two changes keep the first previous and both reasons")
  void merges() {
    CoalescingQueue q = new CoalescingQueue(10);
    q.offer(EdgeEvent.added(1, "t", A1));
    q.offer(EdgeEvent.changed(2, "t", A2, A1, List.of(ChangeRules.LINE_MOVE)));
    EdgeEvent only = q.drain().get(0);
    assertThat(only.type()).isEqualTo(EdgeEvent.Type.NEW);
    assertThat(only.edge()).isEqualTo(A2);
    assertThat(only.seq()).isEqualTo(2);
    q.offer(EdgeEvent.changed(3, "t", A2, A1, List.of(ChangeRules.LINE_MOVE)));
    q.offer(EdgeEvent.changed(4, "t", A3, A2, List.of(ChangeRules.P_CHANGE)));
    EdgeEvent merged = q.drain().get(0);
    assertThat(merged.previous()).isEqualTo(A1);
    assertThat(merged.edge()).isEqualTo(A3);
    assertThat(merged.reasons()).containsExactly(ChangeRules.LINE_MOVE, ChangeRules.P_CHANGE);
  }

  @Test
  @DisplayName("new then gone cancel out; order follows each key's latest change")
  void cancelsAndOrders() {
    CoalescingQueue q = new CoalescingQueue(10);
    q.offer(EdgeEvent.added(1, "t", A1));
    q.offer(EdgeEvent.added(2, "t", Edges.of("b", 5.5, "over", 0.6)));
    q.offer(EdgeEvent.gone(3, "t", A1, "closed"));
    q.offer(EdgeEvent.bestSlip(4, "t", "prizepicks", null));
    assertThat(q.drain()).extracting(EdgeEvent::key).containsExactly("b", "slip:prizepicks");
    assertThat(q.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("refuses a new key once it holds capacity keys, but still merges into held ones")
  void bounded() {
    CoalescingQueue q = new CoalescingQueue(2);
    assertThat(q.offer(EdgeEvent.added(1, "t", A1))).isTrue();
    assertThat(q.offer(EdgeEvent.added(2, "t", Edges.of("b", 5.5, "over", 0.6)))).isTrue();
    assertThat(q.offer(EdgeEvent.added(3, "t", Edges.of("c", 5.5, "over", 0.6)))).isFalse();
    assertThat(q.offer(EdgeEvent.changed(4, "t", A2, A1, List.of(ChangeRules.LINE_MOVE)))).isTrue();
    assertThat(q.size()).isEqualTo(2);
  }
}
