package com.betterbros.props.snapshots;

import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Snapshot;
import com.betterbros.props.snapshots.core.SnapshotItem;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Snapshots in memory, with the same contract as {@link PgSnapshotRepository}. */
public final class MemorySnapshotRepository implements SnapshotRepository {

  private final Map<String, Snapshot> snapshots = new HashMap<>();
  private final Map<String, List<SnapshotItem>> items = new HashMap<>();
  private final Map<String, Map<String, GradedLeg>> grades = new HashMap<>();

  @Override
  public synchronized Future<Void> create(Snapshot snapshot, List<SnapshotItem> list) {
    if (snapshots.containsKey(snapshot.id())) {
      return Future.failedFuture(new IllegalArgumentException("duplicate snapshot id: " + snapshot.id()));
    }
    snapshots.put(snapshot.id(), snapshot);
    items.put(snapshot.id(), List.copyOf(list));
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Snapshot> find(String id, String userId) {
    Snapshot s = snapshots.get(id);
    return Future.succeededFuture(s != null && (userId == null || s.userId().equals(userId)) ? s : null);
  }

  @Override
  public synchronized Future<List<SnapshotItem>> items(String id) {
    return Future.succeededFuture(items.getOrDefault(id, List.of()));
  }

  @Override
  public synchronized Future<Page<Snapshot>> list(String userId, int limit, int offset) {
    List<Snapshot> mine = new ArrayList<>(snapshots.values().stream()
        .filter(s -> userId == null || s.userId().equals(userId))
        .sorted(Comparator.comparing(Snapshot::createdAt).reversed().thenComparing(Snapshot::id)).toList());
    List<Snapshot> page = mine.subList(Math.min(offset, mine.size()), Math.min(offset + limit, mine.size()));
    return Future.succeededFuture(new Page<>(List.copyOf(page), mine.size(), limit, offset));
  }

  @Override
  public synchronized Future<Boolean> delete(String id, String userId) {
    Snapshot s = snapshots.get(id);
    if (s == null || userId != null && !s.userId().equals(userId)) {
      return Future.succeededFuture(false);
    }
    snapshots.remove(id);
    items.remove(id);
    grades.remove(id);
    return Future.succeededFuture(true);
  }

  @Override
  public synchronized Future<Boolean> saveGrade(String id, List<GradedLeg> legs, Instant gradedAt) {
    Snapshot s = snapshots.get(id);
    if (s == null) {
      return Future.succeededFuture(false);
    }
    Map<String, GradedLeg> byProp = new LinkedHashMap<>();
    legs.forEach(l -> byProp.put(l.propId(), l));
    grades.put(id, byProp);
    snapshots.put(id, s.gradedAt(gradedAt));
    return Future.succeededFuture(true);
  }

  @Override
  public synchronized Future<Map<String, GradedLeg>> grade(String id) {
    return Future.succeededFuture(Map.copyOf(grades.getOrDefault(id, Map.of())));
  }
}
