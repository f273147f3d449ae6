package com.betterbros.props.experiments;

import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.util.List;

/**
 * Storage of experiments and their holdout rows. Experiments are user-owned: every read takes
 * the user id and never returns another user's experiment.
 */
public interface ExperimentRepository {

  Future<Void> create(Experiment experiment);

  /** Replaces status, progress, metrics, baselines, error, model id and updated time. */
  Future<Void> update(Experiment experiment);

  /** The user's experiment, or null (also when it belongs to someone else). */
  Future<Experiment> find(String id, String userId);

  /** The user's experiments, newest first (ids null = all of them). */
  Future<List<Experiment>> list(String userId, List<String> ids);

  /** Stores the holdout rows of an experiment, in order, atomically. */
  Future<Void> savePredictions(String experimentId, List<HoldoutRow> rows);

  /** One page of an experiment's holdout rows in their stored order. */
  Future<Page<HoldoutRow>> predictions(String experimentId, int limit, int offset);
}
