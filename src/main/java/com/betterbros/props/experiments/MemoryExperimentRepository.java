package com.betterbros.props.experiments;

import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** In-memory experiments (embedded mode); same contract as {@link PgExperimentRepository}. */
public final class MemoryExperimentRepository implements ExperimentRepository {

  private final Map<String, Experiment> experiments = new HashMap<>();
  private final Map<String, String> nodes = new HashMap<>();
  private final Map<String, List<HoldoutRow>> predictions = new HashMap<>();

  @Override
  public synchronized Future<Void> create(Experiment e, String nodeId) {
    if (experiments.containsKey(e.id())) {
      return Future.failedFuture(new IllegalArgumentException("duplicate experiment id: " + e.id()));
    }
    experiments.put(e.id(), e);
    nodes.put(e.id(), nodeId);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Boolean> createWithinQuota(Experiment e, String nodeId, int quota) {
    long active = experiments.values().stream().filter(x -> x.userId().equals(e.userId()))
        .filter(x -> x.status().equals(Experiment.QUEUED) || x.status().equals(Experiment.RUNNING)).count();
    if (active >= quota) {
      return Future.succeededFuture(false);
    }
    return create(e, nodeId).map(true);
  }

  @Override
  public synchronized Future<Integer> failInterrupted(Set<String> liveNodes, String reason, Instant at) {
    int failed = 0;
    for (Experiment e : List.copyOf(experiments.values())) {
      boolean unfinished = e.status().equals(Experiment.QUEUED) || e.status().equals(Experiment.RUNNING);
      String node = nodes.get(e.id());
      if (unfinished && (node == null || !liveNodes.contains(node))) {
        experiments.put(e.id(), e.failed(reason, at));
        failed++;
      }
    }
    return Future.succeededFuture(failed);
  }

  @Override
  public synchronized Future<Long> countUnfinished(String nodeId) {
    return Future.succeededFuture(experiments.values().stream()
        .filter(e -> e.status().equals(Experiment.QUEUED) || e.status().equals(Experiment.RUNNING))
        .filter(e -> nodeId.equals(nodes.get(e.id()))).count());
  }

  @Override
  public synchronized Future<Void> update(Experiment e) {
    Experiment current = experiments.get(e.id());
    if (current == null) {
      return Future.failedFuture(new IllegalArgumentException("unknown experiment id: " + e.id()));
    }
    if (current.status().equals(Experiment.QUEUED) || current.status().equals(Experiment.RUNNING)) {
      experiments.put(e.id(), e);
    }
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Experiment> find(String id, String userId) {
    Experiment e = experiments.get(id);
    return Future.succeededFuture(e != null && (userId == null || e.userId().equals(userId)) ? e : null);
  }

  @Override
  public synchronized Future<List<Experiment>> list(String userId, List<String> ids) {
    return Future.succeededFuture(experiments.values().stream()
        .filter(e -> userId == null || e.userId().equals(userId))
        .filter(e -> ids == null || ids.contains(e.id()))
        .sorted(Comparator.comparing(Experiment::createdAt).reversed().thenComparing(Experiment::id))
        .toList());
  }

  @Override
  public synchronized Future<Void> savePredictions(String experimentId, List<HoldoutRow> rows) {
    predictions.put(experimentId, List.copyOf(rows));
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Page<HoldoutRow>> predictions(String experimentId, int limit, int offset) {
    List<HoldoutRow> rows = predictions.getOrDefault(experimentId, List.of());
    List<HoldoutRow> page = rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
    return Future.succeededFuture(new Page<>(List.copyOf(page), rows.size(), limit, offset));
  }
}
