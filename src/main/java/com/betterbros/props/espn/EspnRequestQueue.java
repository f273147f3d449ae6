package com.betterbros.props.espn;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * At most {@code maxConcurrent} tasks running; further ones wait in a FIFO queue of at most {@code
 * maxQueued}, beyond which they fail at once. A task holds its slot until the future it returns
 * completes. Thread-safe: the counters are guarded by this object's monitor, held only for a few
 * field updates, and tasks are started outside it.
 */
final class EspnRequestQueue {

  private final int maxConcurrent;
  private final int maxQueued;
  private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
  private int running;

  EspnRequestQueue(int maxConcurrent, int maxQueued) {
    this.maxConcurrent = maxConcurrent;
    this.maxQueued = maxQueued;
  }

  /** Runs {@code task} when a slot is free; {@code what} names it if the queue is full. */
  <T> Future<T> submit(Supplier<Future<T>> task, String what) {
    Promise<T> promise = Promise.promise();
    Runnable start = () -> run(task, promise);
    boolean now;
    synchronized (this) {
      if (running < maxConcurrent) {
        running++;
        now = true;
      } else if (waiting.size() >= maxQueued) {
        return Future.failedFuture(
            new RejectedExecutionException(
                "ESPN request queue is full ("
                    + maxQueued
                    + " waiting, "
                    + running
                    + " in flight); refused "
                    + what));
      } else {
        waiting.addLast(start);
        now = false;
      }
    }
    if (now) {
      start.run();
    }
    return promise.future();
  }

  /** Tasks in flight now (for tests and metrics). */
  synchronized int running() {
    return running;
  }

  /** Tasks waiting now. */
  synchronized int waiting() {
    return waiting.size();
  }

  private <T> void run(Supplier<Future<T>> task, Promise<T> promise) {
    Future<T> future;
    try {
      future = task.get();
    } catch (RuntimeException e) {
      future = Future.failedFuture(e);
    }
    future.onComplete(
        ar -> {
          release();
          promise.handle(ar);
        });
  }

  private void release() {
    Runnable next;
    synchronized (this) {
      next = waiting.pollFirst();
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      next.run(); // the freed slot passes straight to the oldest waiter
    }
  }
}
