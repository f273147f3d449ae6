package com.betterbros.props.props;

import com.betterbros.props.props.core.Lifecycle;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOrder;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropRows;
import com.betterbros.props.props.core.PropSort;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Props in memory, with the same contract as {@link PgPropRepository}. Props are kept twice: by id,
 * and in (start time, id) order so that listing walks them already sorted. All access holds the
 * repository's lock; the records are immutable, so they are stored and returned without copying.
 */
public final class MemoryPropRepository implements PropRepository {

  private record Order(Instant startTime, String id) {}

  private static final Comparator<Order> ORDER =
      Comparator.comparing(Order::startTime).thenComparing(Order::id);

  private final Map<String, Prop> byId = new HashMap<>();
  private final NavigableMap<Order, Prop> ordered = new TreeMap<>(ORDER);
  private final Map<String, List<LinePoint>> history = new HashMap<>();
  /** Writes so far: every change of a stored prop goes through {@link #put} and counts. */
  private long version;
  private Future<java.util.Optional<PropListingCache.Stamp>> stamp;
  private long stampVersion;
  private Instant stampFrom;
  private Instant stampNext;

  /** Inserts, updates or leaves each prop as {@link PropRepository#upsert} says; all or nothing. */
  @Override
  public synchronized Future<UpsertCounts> upsert(List<Prop> props, Instant observedAt) {
    List<Prop> rows;
    try {
      rows = PropRows.normalize(props, observedAt);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    Map<String, PropRows.Known> known = new HashMap<>();
    for (Prop p : rows) {
      Prop stored = byId.get(p.id());
      if (stored != null) {
        known.put(p.id(), new PropRows.Known(stored));
      }
    }
    PropRows.Plan plan = PropRows.plan(rows, known, observedAt);
    plan.inserts().forEach(this::put);
    plan.updates().forEach(this::put);
    plan.points().forEach(point ->
        history.computeIfAbsent(point.propId(), id -> new ArrayList<>()).add(point));
    return Future.succeededFuture(plan.counts());
  }

  /**
   * One page of matching props in the query's order, with the count of all matches. The (start
   * time, id) orders and {@code upcoming} walk the sorted map (ascending from {@code now} for the
   * open props, then the whole map descending for the others); line and player sort the matches.
   */
  @Override
  public synchronized Future<Page<Prop>> find(PropQuery query) {
    try {
      PropRows.checkWindow(query);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    String player = query.player() == null ? null : PropRows.fold(query.player());
    NavigableMap<Order, Prop> window = window(query);
    PropSort sort = query.sort() == null ? PropSort.START_TIME : query.sort();
    Instant now = query.now();
    List<Iterable<Prop>> walks = switch (sort) {
      case START_TIME -> List.of(window.values());
      case START_TIME_DESC -> List.of(window.descendingMap().values());
      case UPCOMING -> List.of(
          () -> range(query.from() == null || query.from().isBefore(now) ? now : query.from(), query.to())
              .values().stream().filter(p -> Lifecycle.isOpen(p, now)).iterator(),
          () -> window.descendingMap().values().stream().filter(p -> !Lifecycle.isOpen(p, now)).iterator());
      case LINE, LINE_DESC, PLAYER -> List.of(sorted(window, query, player, PropOrder.of(sort)));
    };
    List<Prop> items = new ArrayList<>();
    long total = 0;
    for (Iterable<Prop> walk : walks) {
      for (Prop p : walk) {
        if (matches(p, query, player)) {
          if (total >= query.offset() && items.size() < query.limit()) {
            items.add(p);
          }
          total++;
        }
      }
    }
    return Future.succeededFuture(new Page<>(List.copyOf(items), total, query.limit(), query.offset()));
  }

  private static List<Prop> sorted(NavigableMap<Order, Prop> window, PropQuery q, String player,
      Comparator<Prop> order) {
    List<Prop> out = new ArrayList<>();
    for (Prop p : window.values()) {
      if (matches(p, q, player)) {
        out.add(p);
      }
    }
    out.sort(order);
    return out;
  }

  /** Started props without an outcome after the cursor, in (start time, id) order. */
  @Override
  public synchronized Future<List<Prop>> unsettled(Instant now, Instant afterStart, String afterId, int limit) {
    NavigableMap<Order, Prop> view = afterStart == null ? ordered
        : ordered.tailMap(new Order(afterStart, afterId), false);
    List<Prop> out = new ArrayList<>();
    for (Prop p : view.values()) {
      if (out.size() >= limit || p.startTime().isAfter(now)) {
        break;
      }
      if (p.outcome() == null) {
        out.add(p);
      }
    }
    return Future.succeededFuture(List.copyOf(out));
  }

  @Override
  public synchronized Future<Integer> settle(Map<String, PropOutcome> outcomes) {
    int n = 0;
    for (Map.Entry<String, PropOutcome> e : outcomes.entrySet()) {
      Prop p = byId.get(e.getKey());
      if (p != null && p.outcome() == null) {
        put(p.withOutcome(PropRows.settledMicros(e.getValue())));
        n++;
      }
    }
    return Future.succeededFuture(n);
  }

  @Override
  public synchronized Future<Map<String, Prop>> findByIds(java.util.Collection<String> ids) {
    Map<String, Prop> out = new HashMap<>();
    for (String id : ids) {
      Prop p = id == null ? null : byId.get(id);
      if (p != null) {
        out.put(id, p);
      }
    }
    return Future.succeededFuture(out);
  }

  /** The prop, or null. */
  @Override
  public synchronized Future<Prop> findById(String id) {
    return Future.succeededFuture(id == null ? null : byId.get(id));
  }

  @Override
  public synchronized Future<Map<String, List<LinePoint>>> lineHistories(java.util.Collection<String> ids) {
    Map<String, List<LinePoint>> out = new HashMap<>();
    for (String id : ids) {
      List<LinePoint> points = new ArrayList<>(history.getOrDefault(id, List.of()));
      if (!points.isEmpty()) {
        points.sort(Comparator.comparing(LinePoint::observedAt));
        out.put(id, List.copyOf(points));
      }
    }
    return Future.succeededFuture(out);
  }

  /** The prop's line points ordered by observation time (ties in the order they were stored). */
  @Override
  public synchronized Future<List<LinePoint>> lineHistory(String propId) {
    List<LinePoint> points = new ArrayList<>(history.getOrDefault(propId, List.of()));
    points.sort(Comparator.comparing(LinePoint::observedAt));
    return Future.succeededFuture(List.copyOf(points));
  }

  /** This store is written only through this node: its write count and the next start time tell all. */
  @Override
  public synchronized Future<java.util.Optional<PropListingCache.Stamp>> listingStamp(Instant now) {
    // the same stamp for every "now" from the one it was found at until the next start, if no write
    if (stamp == null || stampVersion != version || now.isBefore(stampFrom) || !now.isBefore(stampNext)) {
      Order next = ordered.ceilingKey(new Order(now.plusNanos(1), ""));
      stampNext = next == null ? Instant.MAX : next.startTime();
      stampFrom = now;
      stampVersion = version;
      stamp = Future.succeededFuture(java.util.Optional.of(new PropListingCache.Stamp(version, stampNext)));
    }
    return stamp;
  }

  private void put(Prop p) {
    version++;
    Prop previous = byId.put(p.id(), p);
    if (previous != null) {
      ordered.remove(new Order(previous.startTime(), previous.id()));
    }
    ordered.put(new Order(p.startTime(), p.id()), p);
  }

  /** The props whose start time lies in the query's [from, to). */
  private NavigableMap<Order, Prop> window(PropQuery q) {
    return range(q.from(), q.to());
  }

  /** The props whose start time lies in [from, to) (either bound open when null; empty when from >= to). */
  private NavigableMap<Order, Prop> range(Instant from, Instant to) {
    Order lo = from == null ? null : new Order(PropRows.ceilMicros(from), "");
    Order hi = to == null ? null : new Order(PropRows.ceilMicros(to), "");
    if (lo != null && hi != null && ORDER.compare(lo, hi) >= 0) {
      return java.util.Collections.emptyNavigableMap();
    }
    NavigableMap<Order, Prop> view = ordered;
    if (lo != null) {
      view = view.tailMap(lo, true);
    }
    if (hi != null) {
      view = view.headMap(hi, false);
    }
    return view;
  }

  private static boolean matches(Prop p, PropQuery q, String foldedPlayer) {
    return (q.platform() == null || q.platform().equals(p.platform()))
        && (q.sport() == null || q.sport().equals(p.sport()))
        && (q.statType() == null || q.statType().equals(p.statType()))
        && (foldedPlayer == null
            || q.player().equals(p.playerId()) || PropRows.fold(p.playerName()).contains(foldedPlayer))
        && (q.team() == null || q.team().equals(p.team()))
        && (q.gameId() == null || q.gameId().equals(p.gameId()))
        && (q.oddsType() == null || q.oddsType().equals(p.terms().oddsType()))
        && (q.status() == null || q.status().equals(Lifecycle.status(p, q.now())));
  }
}
