package com.betterbros.props.whatif;

import com.betterbros.props.store.Page;
import com.betterbros.props.whatif.core.Scenario;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Saved scenarios in memory, with the same contract as {@link PgWhatIfRepository}. */
public final class MemoryWhatIfRepository implements WhatIfRepository {

  private final Map<String, Scenario> scenarios = new HashMap<>();

  @Override
  public synchronized Future<Void> create(Scenario scenario) {
    if (scenarios.containsKey(scenario.id())) {
      return Future.failedFuture(new IllegalArgumentException("duplicate scenario id: " + scenario.id()));
    }
    scenarios.put(scenario.id(), scenario);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Scenario> find(String id, String userId) {
    Scenario s = scenarios.get(id);
    return Future.succeededFuture(s != null && owns(s, userId) ? s : null);
  }

  @Override
  public synchronized Future<Page<Scenario>> list(String userId, int limit, int offset) {
    List<Scenario> mine = new ArrayList<>(scenarios.values().stream().filter(s -> owns(s, userId))
        .sorted(Comparator.comparing(Scenario::createdAt).reversed().thenComparing(Scenario::id)).toList());
    List<Scenario> page = mine.subList(Math.min(offset, mine.size()), Math.min(offset + limit, mine.size()));
    return Future.succeededFuture(new Page<>(List.copyOf(page), mine.size(), limit, offset));
  }

  @Override
  public synchronized Future<Boolean> delete(String id, String userId) {
    Scenario s = scenarios.get(id);
    if (s == null || !owns(s, userId)) {
      return Future.succeededFuture(false);
    }
    scenarios.remove(id);
    return Future.succeededFuture(true);
  }

  /** Whether {@code userId} owns the scenario; a null user id means any owner. */
  private static boolean owns(Scenario s, String userId) {
    return userId == null || s.userId().equals(userId);
  }
}
