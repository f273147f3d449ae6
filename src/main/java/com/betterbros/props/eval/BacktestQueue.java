package com.betterbros.props.eval;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The places for backtests on one node, shared by its eval verticle instances: at most
 * {@code capacity} queued or running at once, and at most {@code perUser} of them one user's, so
 * that one user cannot take every place.
 */
public final class BacktestQueue {

  /** What {@link #tryReserve} decided. */
  enum Reservation { RESERVED, USER_QUOTA, QUEUE_FULL }

  private final int capacity;
  private final int perUser;
  private final AtomicInteger pending = new AtomicInteger();
  private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

  public BacktestQueue(int capacity, int perUser) {
    this.capacity = capacity;
    this.perUser = perUser;
  }

  int capacity() {
    return capacity;
  }

  int perUser() {
    return perUser;
  }

  /** Takes a place for {@code userId}: the user's quota first, then the node's queue. */
  Reservation tryReserve(String userId) {
    boolean[] under = {false};
    held.compute(userId, (k, n) -> {
      int h = n == null ? 0 : n;
      if (h >= perUser) {
        return n;
      }
      under[0] = true;
      return h + 1;
    });
    if (!under[0]) {
      return Reservation.USER_QUOTA;
    }
    if (pending.incrementAndGet() > capacity) {
      pending.decrementAndGet();
      releaseUser(userId);
      return Reservation.QUEUE_FULL;
    }
    return Reservation.RESERVED;
  }

  /** Gives {@code userId}'s place back. */
  void release(String userId) {
    pending.decrementAndGet();
    releaseUser(userId);
  }

  private void releaseUser(String userId) {
    held.computeIfPresent(userId, (k, n) -> n <= 1 ? null : n - 1);
  }
}
