package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;

/**
 * Training experiments at {@value Addresses#EXPERIMENTS}. Experiments belong to the user who
 * started them: every operation takes the caller's user id, and another user's experiment is a
 * 404. A null {@code userId} (on every operation but {@code create}) means "any owner": the
 * gateway passes it for an admin only. Message shapes: docs/EVENT-BUS.md.
 */
@ProxyGen
@VertxGen
public interface ExperimentsService {

  String ADDRESS = Addresses.EXPERIMENTS;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static ExperimentsService createProxy(Vertx vertx, DeliveryOptions options) {
    return new ExperimentsServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * Queues a training job. Body (every field optional): model_type, hyper_parameters, stat_types,
   * from, to, seed, holdout_fraction. Reply {id, status: "queued"}; 400 bad field, 422 unsupported
   * stat type, 429 when the node's queue is full or the user already has as many experiments
   * queued or running as {@code tier} allows ({@code experiments.per_user_*}).
   */
  Future<ExperimentCreated> create(String userId, String tier, ExperimentRequest body);

  /**
   * The experiment (its owner in user_id): status, progress, and when succeeded metrics, baselines
   * and model_id; userId null = any owner's.
   */
  Future<ExperimentView> get(String userId, String id);

  /**
   * The user's experiments (every user's when userId is null), newest first; query "compare" (comma
   * list of ids) lists just those.
   */
  Future<ExperimentList> list(String userId, ExperimentListQuery query);

  /**
   * One page of the holdout rows (prop, line, p_over, outcome, p_true). Query: limit, offset.
   * userId null = any owner's.
   */
  Future<HoldoutPage> predictions(String userId, String id, HoldoutQuery query);

  /**
   * Makes a succeeded experiment's model the production model on every node. When a production
   * model exists, both are first scored on the candidate's holdout (production re-predicting the
   * same rows); a candidate worse in Brier, or one that cannot be compared fairly (production was
   * trained on dates of that holdout), is refused with 409 and both scores unless {@code force}.
   * Reply: {model_id, experiment_id, at, comparison}. userId null = any owner's experiment.
   */
  Future<Promotion> promote(String userId, String id, boolean force);
}
