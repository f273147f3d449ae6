package com.betterbros.props.optimize.core;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool on which the exact search runs its subtrees in parallel (one task per root
 * component): a fixed number of daemon threads and a bounded queue of {@value #QUEUE} tasks; when
 * the queue is full the submitting thread runs the task itself (caller-runs), so a burst of
 * requests slows down instead of failing or growing without bound. No hidden global pool: the
 * optimize verticle owns one and shuts it down when it stops.
 */
public final class SearchPool {

  /** Queued subtrees at most (a request queues one per game of its board). */
  static final int QUEUE = 256;

  private SearchPool() {}

  /** A pool of {@code threads} search threads named {@code name-N}. */
  public static ExecutorService bounded(int threads, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("search threads must be >= 1, got " + threads);
    }
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
  }
}
