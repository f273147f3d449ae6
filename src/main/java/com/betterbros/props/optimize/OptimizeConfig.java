package com.betterbros.props.optimize;

import com.betterbros.props.config.ConfigValues;

/**
 * The optimizer's settings ({@code optimize} in application.yaml): its worker verticle's instances
 * and pool. Slip probabilities (up to 5,000,000 Monte Carlo draws) and the searches run there;
 * {@code search_threads} is each instance's {@link com.betterbros.props.optimize.core.SearchPool}
 * for the exact search's parallel subtrees (1 = none: the worker thread alone).
 */
public record OptimizeConfig(int instances, int workerThreads, int searchThreads) {

  public static OptimizeConfig defaults() {
    return new OptimizeConfig(2, 2, 2);
  }

  public static OptimizeConfig from(ConfigValues v) {
    return new OptimizeConfig(
        v.integer("instances", 2, 1, 64),
        v.integer("worker_threads", 2, 1, 256),
        v.integer("search_threads", 2, 1, 64));
  }
}
