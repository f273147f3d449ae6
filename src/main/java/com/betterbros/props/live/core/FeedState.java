package com.betterbros.props.live.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the feed last published: the sequence number of its last event, every published edge by
 * prop id, and each platform's best slip. The next computation is diffed against it.
 */
public record FeedState(long seq, Map<String, Edge> edges, Map<String, BestSlip> slips) {

  public static final FeedState EMPTY = new FeedState(0, Map.of(), Map.of());

  public FeedState {
    edges = Map.copyOf(edges);
    slips = Map.copyOf(new TreeMap<>(slips));
  }
}
