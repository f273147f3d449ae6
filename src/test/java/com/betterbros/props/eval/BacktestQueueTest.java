package com.betterbros.props.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.eval.BacktestQueue.Reservation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BacktestQueue: a per-user quota inside the node's bound")
class BacktestQueueTest {

  @Test
  @DisplayName("one user cannot take both places of a queue of 2; another user still can, and places come back")
  void perUser() {
    BacktestQueue q = new BacktestQueue(2, 1);
    assertThat(q.tryReserve("a")).isEqualTo(Reservation.RESERVED);
    assertThat(q.tryReserve("a")).isEqualTo(Reservation.USER_QUOTA);
    assertThat(q.tryReserve("b")).isEqualTo(Reservation.RESERVED);
    assertThat(q.tryReserve("c")).isEqualTo(Reservation.QUEUE_FULL);
    q.release("a");
    assertThat(q.tryReserve("c")).isEqualTo(Reservation.RESERVED);
    assertThat(q.tryReserve("a")).isEqualTo(Reservation.QUEUE_FULL);
  }
}
