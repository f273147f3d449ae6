package com.betterbros.props.eval;

import com.betterbros.props.config.ConfigValues;

/**
 * The eval domain's settings ({@code eval} in application.yaml): its worker verticle's instances
 * and pool, where reports over whole holdouts are computed; the pool backtests run on and how many
 * may be queued or running on a node (more is a 429), and how many of those one user may hold.
 */
public record EvalConfig(int instances, int workerThreads, int backtestThreads, int maxPendingBacktests,
    int backtestsPerUser) {

  public static EvalConfig defaults() {
    return new EvalConfig(1, 2, 1, 2, 1);
  }

  public static EvalConfig from(ConfigValues v) {
    return new EvalConfig(
        v.integer("instances", 1, 1, 64),
        v.integer("worker_threads", 2, 1, 256),
        v.integer("backtest_threads", 1, 1, 16),
        v.integer("max_pending_backtests", 2, 1, 100),
        v.integer("backtests_per_user", 1, 1, 100));
  }
}
