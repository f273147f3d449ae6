package com.betterbros.props.experiments;

import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.util.List;

/**
 * Storage of experiments and their holdout rows. Experiments are user-owned: every read takes
 * the user id and never returns another user's experiment; a null user id means any owner (an
 * admin's request).
 */
public interface ExperimentRepository {

  /**
   * Stores a new experiment queued on node {@code nodeId} (the node whose training queue holds it,
   * see {@link #failInterrupted}).
   */
  Future<Void> create(Experiment experiment, String nodeId);

  /**
   * Stores a new experiment like {@link #create}, but only while its user holds fewer than
   * {@code quota} queued or running experiments in this store (every node's, so the quota is
   * cluster-wide when the store is shared); the count and the insert are one atomic step. True when
   * stored, false when the user is at the quota.
   */
  Future<Boolean> createWithinQuota(Experiment experiment, String nodeId, int quota);

  /**
   * Fails every queued or running experiment whose node is not in {@code liveNodes} (or has no
   * node): status failed, error {@code reason}, updated at {@code at}. Returns how many.
   */
  Future<Integer> failInterrupted(java.util.Set<String> liveNodes, String reason, java.time.Instant at);

  /** How many experiments node {@code nodeId} holds queued or running (a stopping node waits for them). */
  Future<Long> countUnfinished(String nodeId);

  /**
   * Replaces status, progress, metrics, baselines, error, model id and updated time of a queued or
   * running experiment; a finished one (succeeded or failed, e.g. failed by a stopping node) is never
   * moved again: the update is ignored. Fails for an unknown id.
   */
  Future<Void> update(Experiment experiment);

  /**
   * The user's experiment, or null (also when it belongs to someone else); any owner's when userId
   * is null.
   */
  Future<Experiment> find(String id, String userId);

  /** The user's experiments (every user's when userId is null), newest first (ids null = all of them). */
  Future<List<Experiment>> list(String userId, List<String> ids);

  /** Stores the holdout rows of an experiment, in order, atomically. */
  Future<Void> savePredictions(String experimentId, List<HoldoutRow> rows);

  /** One page of an experiment's holdout rows in their stored order. */
  Future<Page<HoldoutRow>> predictions(String experimentId, int limit, int offset);
}
