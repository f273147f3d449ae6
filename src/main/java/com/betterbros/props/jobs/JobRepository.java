package com.betterbros.props.jobs;

import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Set;

/**
 * Storage of jobs. Jobs are user-owned: every read takes the user id and never returns another
 * user's job; a null user id means any owner (an admin's request). Updates never move a finished job (succeeded or failed) again.
 */
public interface JobRepository {

  /** Stores a new job, run by node {@code nodeId} (see {@link #failInterrupted}). */
  Future<Void> create(Job job, String nodeId);

  /**
   * Stores a new job like {@link #create} only while its user holds fewer than {@code quota} queued
   * or running jobs of its kind (any node's); the count and the insert are atomic. True when stored.
   */
  Future<Boolean> createWithinQuota(Job job, String nodeId, int quota);

  /** Replaces status, progress, result, error and updated time; false when the job is unknown or finished. */
  Future<Boolean> update(Job job);

  /** The user's job, or null (also when it belongs to someone else); any owner's when userId is null. */
  Future<Job> find(String id, String userId);

  /** The job whatever its owner (for the node running it), or null. */
  Future<Job> findAny(String id);

  /**
   * One page of the user's jobs (every user's when userId is null), newest first; {@code kind} and
   * {@code status} filter when not null.
   */
  Future<Page<Job>> list(String userId, String kind, String status, int limit, int offset);

  /**
   * Fails every queued or running job whose node is not in {@code liveNodes}: status failed, error
   * {@code reason}. Returns how many.
   */
  Future<Integer> failInterrupted(Set<String> liveNodes, String reason, Instant at);

  /** How many jobs node {@code nodeId} holds queued or running (a stopping node waits for them). */
  Future<Long> countUnfinished(String nodeId);

  /** How many jobs of every owner are queued and how many running: {queued: n, running: m} (one query). */
  Future<java.util.Map<String, Long>> countActive();
}
