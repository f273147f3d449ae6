package com.betterbros.props.jobs;

import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jobs in memory, same contract as {@link PgJobRepository}; all access holds the lock. */
public final class MemoryJobRepository implements JobRepository {

  private static final Comparator<Job> NEWEST_FIRST =
      Comparator.comparing(Job::createdAt).reversed().thenComparing(Job::id);

  private final Map<String, Job> jobs = new HashMap<>();
  private final Map<String, String> nodes = new HashMap<>();

  @Override
  public synchronized Future<Void> create(Job job, String nodeId) {
    if (jobs.containsKey(job.id())) {
      return Future.failedFuture(new IllegalArgumentException("job " + job.id() + " exists"));
    }
    jobs.put(job.id(), job);
    nodes.put(job.id(), nodeId);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<Boolean> createWithinQuota(Job job, String nodeId, int quota) {
    long active = jobs.values().stream().filter(j -> j.userId().equals(job.userId()) && j.kind().equals(job.kind()))
        .filter(j -> !j.finished()).count();
    return active >= quota ? Future.succeededFuture(false) : create(job, nodeId).map(true);
  }

  @Override
  public synchronized Future<Boolean> update(Job job) {
    Job stored = jobs.get(job.id());
    if (stored == null || stored.finished()) {
      return Future.succeededFuture(false);
    }
    jobs.put(job.id(), job);
    return Future.succeededFuture(true);
  }

  @Override
  public synchronized Future<Job> find(String id, String userId) {
    Job job = id == null ? null : jobs.get(id);
    return Future.succeededFuture(job != null && (userId == null || job.userId().equals(userId)) ? job : null);
  }

  @Override
  public synchronized Future<Job> findAny(String id) {
    return Future.succeededFuture(id == null ? null : jobs.get(id));
  }

  @Override
  public synchronized Future<Page<Job>> list(String userId, String kind, String status, int limit, int offset) {
    List<Job> mine = jobs.values().stream()
        .filter(j -> userId == null || j.userId().equals(userId))
        .filter(j -> kind == null || kind.equals(j.kind()))
        .filter(j -> status == null || status.equals(j.status()))
        .sorted(NEWEST_FIRST)
        .toList();
    List<Job> page = mine.stream().skip(offset).limit(limit).toList();
    return Future.succeededFuture(new Page<>(page, mine.size(), limit, offset));
  }

  @Override
  public synchronized Future<Integer> failInterrupted(Set<String> liveNodes, String reason, Instant at) {
    int n = 0;
    for (Job job : List.copyOf(jobs.values())) {
      String node = nodes.get(job.id());
      // a job of no node is interrupted, as in PostgreSQL (and Set.of(...).contains(null) throws)
      if (!job.finished() && (node == null || !liveNodes.contains(node))) {
        jobs.put(job.id(), job.failed(reason, job.result(), at));
        n++;
      }
    }
    return Future.succeededFuture(n);
  }

  @Override
  public synchronized Future<Long> countUnfinished(String nodeId) {
    return Future.succeededFuture(jobs.values().stream()
        .filter(j -> !j.finished() && nodeId.equals(nodes.get(j.id()))).count());
  }

  @Override
  public synchronized Future<Map<String, Long>> countActive() {
    Map<String, Long> out = new HashMap<>(Map.of(Job.QUEUED, 0L, Job.RUNNING, 0L));
    jobs.values().forEach(j -> out.computeIfPresent(j.status(), (k, n) -> n + 1));
    return Future.succeededFuture(out);
  }
}
