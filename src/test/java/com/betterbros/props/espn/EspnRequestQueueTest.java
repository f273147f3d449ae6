package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnRequestQueue")
class EspnRequestQueueTest {

  @Test
  @DisplayName("runs at most maxConcurrent tasks, starts the waiting ones in FIFO order as slots "
      + "free up")
  void boundedFifo() {
    EspnRequestQueue queue = new EspnRequestQueue(2, 10);
    List<Promise<String>> started = new ArrayList<>();
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      results.add(queue.submit(() -> {
        Promise<String> p = Promise.promise();
        started.add(p);
        return p.future();
      }, "task " + i));
    }

    assertThat(started).hasSize(2);
    assertThat(queue.running()).isEqualTo(2);
    assertThat(queue.waiting()).isEqualTo(3);

    started.get(1).complete("b");
    assertThat(started).hasSize(3);               // the oldest waiter (task 2) took the slot
    started.get(0).fail(new IllegalStateException("a failed"));
    assertThat(started).hasSize(4);
    started.get(2).complete("c");
    started.get(3).complete("d");
    started.get(4).complete("e");

    assertThat(queue.running()).isZero();
    assertThat(queue.waiting()).isZero();
    assertThat(results.get(0).cause()).hasMessage("a failed");
    assertThat(results.subList(1, 5)).extracting(Future::result).containsExactly("b", "c", "d", "e");
  }

  @Test
  @DisplayName("beyond the queue bound a task fails at once with a clear rejection, and is never "
      + "started")
  void fullQueue() {
    EspnRequestQueue queue = new EspnRequestQueue(1, 2);
    List<Promise<Void>> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      queue.submit(() -> {
        Promise<Void> p = Promise.promise();
        started.add(p);
        return p.future();
      }, "task " + i);
    }

    Future<Void> refused = queue.submit(Future::succeededFuture, "GET http://x/teams");

    assertThat(refused.failed()).isTrue();
    assertThat(refused.cause()).isInstanceOf(RejectedExecutionException.class)
        .hasMessage("ESPN request queue is full (2 waiting, 1 in flight); refused GET http://x/teams");
    assertThat(started).hasSize(1);
    assertThat(queue.waiting()).isEqualTo(2);
  }

  @Test
  @DisplayName("a task that throws instead of returning a future frees its slot and fails its "
      + "own future")
  void throwingTask() {
    EspnRequestQueue queue = new EspnRequestQueue(1, 1);

    Future<String> thrown = queue.submit(() -> {
      throw new IllegalArgumentException("bad url");
    }, "t");

    assertThat(thrown.cause()).hasMessage("bad url");
    assertThat(queue.running()).isZero();
  }
}
