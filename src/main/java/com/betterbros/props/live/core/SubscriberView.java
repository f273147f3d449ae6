package com.betterbros.props.live.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One subscriber's window on the global feed: its filter and the props it currently sees. A global
 * event becomes, for this subscriber, the event itself, another type (a changed edge that now passes
 * the filter is new to it; one that no longer passes is gone with reason {@code below_filter}), or
 * nothing. Only a filter check per event and subscriber: the edges are computed once for all.
 */
public final class SubscriberView {

  private static final Comparator<Edge> BEST_FIRST = Comparator.comparingDouble(Edge::edge).reversed()
      .thenComparing(Edge::propId);

  private EdgeFilter filter = EdgeFilter.ALL;
  private final Set<String> visible = new HashSet<>();

  /** Sets the filter and returns the matching edges, best edge first; they become what it sees. */
  public List<Edge> subscribe(EdgeFilter newFilter, Collection<Edge> current) {
    filter = newFilter;
    visible.clear();
    List<Edge> matching = current.stream().filter(filter::matches).sorted(BEST_FIRST).toList();
    matching.forEach(e -> visible.add(e.propId()));
    return matching;
  }

  /**
   * Resumes a subscriber that reconnected with {@code since}: it is taken to see {@code seen} (the
   * edges matching its filter now, plus every prop the replayed events touch), so a replayed gone
   * reaches it and a replayed new or change is an upsert.
   */
  public void resume(EdgeFilter newFilter, Collection<String> seen) {
    filter = newFilter;
    visible.clear();
    visible.addAll(seen);
  }

  /** The filter in force. */
  public EdgeFilter filter() {
    return filter;
  }

  /** Whether a best slip of {@code platform} is for this subscriber. */
  public boolean wantsPlatform(String platform) {
    return filter.platforms().isEmpty() || (platform != null && filter.platforms().contains(platform.toLowerCase()));
  }

  /** What this subscriber is sent for the global {@code event}, if anything. */
  public Optional<EdgeEvent> deliver(EdgeEvent event) {
    if (event.type() == EdgeEvent.Type.SLIP_BEST) {
      return wantsPlatform(event.platform()) ? Optional.of(event) : Optional.empty();
    }
    String id = event.propId();
    if (event.type() == EdgeEvent.Type.GONE) {
      return visible.remove(id) ? Optional.of(event) : Optional.empty();
    }
    boolean matches = filter.matches(event.edge());
    boolean seen = visible.contains(id);
    if (matches && seen) {
      return Optional.of(event);
    }
    if (matches) {
      visible.add(id);
      return Optional.of(event.type() == EdgeEvent.Type.NEW ? event : event.as(EdgeEvent.Type.NEW, null));
    }
    if (seen) {
      visible.remove(id);
      return Optional.of(event.as(EdgeEvent.Type.GONE, "below_filter"));
    }
    return Optional.empty();
  }
}
