package com.betterbros.props.eval;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The places for backtests on one node, shared by its eval verticle instances: at most
 * {@code capacity} queued or running at once.
 */
public final class BacktestQueue {

  private final int capacity;
  private final AtomicInteger pending = new AtomicInteger();

  public BacktestQueue(int capacity) {
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  /** Takes a place; false when the queue is full. */
  boolean tryReserve() {
    if (pending.incrementAndGet() > capacity) {
      pending.decrementAndGet();
      return false;
    }
    return true;
  }

  /** Gives a place back. */
  void release() {
    pending.decrementAndGet();
  }
}
