package com.betterbros.props.experiments;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The experiments domain's settings ({@code experiments} in application.yaml): how many training
 * jobs a node holds (queued + running; more get 429), the threads that train and that score a
 * promotion, and how often it fails the unfinished experiments of departed nodes.
 */
public record ExperimentsConfig(int maxPending, int trainingThreads, int promotionThreads,
    Duration sweepInterval) {

  public static ExperimentsConfig defaults() {
    return new ExperimentsConfig(3, 1, 1, Duration.ofSeconds(60));
  }

  public static ExperimentsConfig from(ConfigValues v) {
    return new ExperimentsConfig(
        v.integer("max_pending", 3, 1, 1_000),
        v.integer("training_threads", 1, 1, 64),
        v.integer("promotion_threads", 1, 1, 64),
        Duration.ofSeconds(v.integer("sweep_interval_s", 60, 1, 86_400)));
  }
}
