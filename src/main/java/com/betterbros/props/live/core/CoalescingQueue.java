package com.betterbros.props.live.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a slow subscriber has not been sent yet, coalesced to the latest per prop (and per
 * platform's best slip): a new edge that changed stays new with the latest values, a new edge that
 * is gone again disappears, two changes merge (the first previous, both reasons). Bounded: when it
 * holds {@code capacity} keys it refuses more, and the session closes the client.
 */
public final class CoalescingQueue {

  private final int capacity;
  private final LinkedHashMap<String, EdgeEvent> pending = new LinkedHashMap<>();

  public CoalescingQueue(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** Queues {@code next}, merged with what is pending for its key; false when the queue is full. */
  public boolean offer(EdgeEvent next) {
    EdgeEvent before = pending.remove(next.key());
    EdgeEvent merged = before == null ? next : merge(before, next);
    if (merged == null) {
      return true;
    }
    if (pending.size() >= capacity) {
      if (before != null) {
        pending.put(next.key(), before);
      }
      return false;
    }
    pending.put(next.key(), merged);
    return true;
  }

  public int size() {
    return pending.size();
  }

  public boolean isEmpty() {
    return pending.isEmpty();
  }

  /** Everything pending, in the order of its latest change, and empties the queue. */
  public List<EdgeEvent> drain() {
    List<EdgeEvent> out = new ArrayList<>(pending.values());
    pending.clear();
    return out;
  }

  // null: the two cancel out (the subscriber never saw the edge and it is gone again)
  private static EdgeEvent merge(EdgeEvent before, EdgeEvent next) {
    EdgeEvent.Type b = before.type();
    EdgeEvent.Type n = next.type();
    if (b == EdgeEvent.Type.NEW && n == EdgeEvent.Type.GONE) {
      return null;
    }
    if (b == EdgeEvent.Type.NEW && n == EdgeEvent.Type.CHANGED) {
      return next.as(EdgeEvent.Type.NEW, null);
    }
    if (b == EdgeEvent.Type.CHANGED && n == EdgeEvent.Type.CHANGED) {
      LinkedHashSet<String> reasons = new LinkedHashSet<>(before.reasons());
      reasons.addAll(next.reasons());
      return new EdgeEvent(next.seq(), next.at(), n, next.propId(), next.edge(), before.previous(),
          List.copyOf(reasons), null, next.platform(), null);
    }
    return next;
  }

  @Override
  public String toString() {
    return "CoalescingQueue" + Map.of("pending", pending.size(), "capacity", capacity);
  }
}
