package com.betterbros.props.live.core;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The events between what the feed published and the board now, and the state they lead to. One
 * computation per change of the board, whatever the number of subscribers: events are global and
 * unfiltered; each subscriber's filter is applied when they are delivered ({@link SubscriberView}).
 * Order: gone, changed, new (each by prop id), then slip.best by platform — deterministic.
 */
public final class BoardDiff {

  /** A best slip is re-sent with the same legs once its EV moved by at least this (units per 1 staked). */
  public static final double MIN_EV_CHANGE = 0.01;

  private BoardDiff() {}

  /** The events and the new state, numbered from {@code before.seq() + 1}, stamped {@code now}. */
  public static Result diff(FeedState before, Map<String, Edge> edges, Map<String, BestSlip> slips, ChangeRules rules,
      Instant now) {
    String at = now.toString();
    long seq = before.seq();
    List<EdgeEvent> events = new ArrayList<>();
    Map<String, Edge> published = new HashMap<>(before.edges());
    for (String id : new TreeSet<>(before.edges().keySet())) {
      if (!edges.containsKey(id)) {
        Edge last = published.remove(id);
        events.add(EdgeEvent.gone(++seq, at, last, started(last, now) ? "closed" : "removed"));
      }
    }
    for (String id : new TreeSet<>(edges.keySet())) {
      Edge last = before.edges().get(id);
      Edge next = edges.get(id);
      if (last != null) {
        List<String> reasons = rules.reasons(last, next);
        if (!reasons.isEmpty()) {
          events.add(EdgeEvent.changed(++seq, at, next, last, reasons));
          published.put(id, next);
        }
      }
    }
    for (String id : new TreeSet<>(edges.keySet())) {
      if (!before.edges().containsKey(id)) {
        events.add(EdgeEvent.added(++seq, at, edges.get(id)));
        published.put(id, edges.get(id));
      }
    }
    Map<String, BestSlip> publishedSlips = new HashMap<>(before.slips());
    TreeSet<String> platforms = new TreeSet<>(before.slips().keySet());
    platforms.addAll(slips.keySet());
    for (String platform : platforms) {
      BestSlip last = before.slips().get(platform);
      BestSlip next = slips.get(platform);
      if (slipChanged(last, next)) {
        events.add(EdgeEvent.bestSlip(++seq, at, platform, next));
        if (next == null) {
          publishedSlips.remove(platform);
        } else {
          publishedSlips.put(platform, next);
        }
      }
    }
    return new Result(events, new FeedState(seq, published, publishedSlips));
  }

  /** The events to publish (possibly none) and the state after them. */
  public record Result(List<EdgeEvent> events, FeedState state) {}

  private static boolean slipChanged(BestSlip last, BestSlip next) {
    if (last == null || next == null) {
      return last != next;
    }
    return !last.sameLegs(next) || Math.abs(last.ev() - next.ev()) >= MIN_EV_CHANGE;
  }

  private static boolean started(Edge e, Instant now) {
    if (e.startTime() == null) {
      return false;
    }
    try {
      return !Instant.parse(e.startTime()).isAfter(now);
    } catch (DateTimeParseException ex) {
      return false;
    }
  }
}
