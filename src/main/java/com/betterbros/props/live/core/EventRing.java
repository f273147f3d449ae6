package com.betterbros.props.live.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last {@code capacity} events of the feed, for clients that reconnect with {@code since=<seq>}.
 * Events are added in sequence order; a gap (a lost batch) clears it, so no client is ever replayed
 * a partial history: it gets a fresh snapshot instead.
 */
public final class EventRing {

  private final EdgeEvent[] slots;
  private long first = 1;  // the oldest seq held
  private long last;       // the newest seq held (first > last: empty)

  public EventRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    slots = new EdgeEvent[capacity];
  }

  /** Adds the next event; one that does not follow the last held one starts the ring afresh. */
  public void add(EdgeEvent e) {
    if (e.seq() != last + 1) {
      first = e.seq();  // a gap, or the first event after a start: nothing older can be replayed
    }
    last = e.seq();
    slots[(int) (e.seq() % slots.length)] = e;
    if (last - first + 1 > slots.length) {
      first = last - slots.length + 1;
    }
  }

  /** Empties the ring at {@code seq}: the feed's state is known up to it, no event before it is held. */
  public void reset(long seq) {
    first = seq + 1;
    last = seq;
  }

  /** The sequence number of the newest event held, or of the start when it is empty. */
  public long lastSeq() {
    return last;
  }

  /**
   * The events after {@code since}, oldest first; empty when {@code since} is too old for the ring
   * (or ahead of it: a client of another feed), which means: send a fresh snapshot.
   */
  public Optional<List<EdgeEvent>> since(long since) {
    if (since == last) {
      return Optional.of(List.of());
    }
    if (since > last || last < first || since < first - 1) {
      return Optional.empty();
    }
    List<EdgeEvent> out = new ArrayList<>((int) (last - since));
    for (long s = since + 1; s <= last; s++) {
      out.add(slots[(int) (s % slots.length)]);
    }
    return Optional.of(out);
  }
}
