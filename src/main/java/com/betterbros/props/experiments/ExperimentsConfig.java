package com.betterbros.props.experiments;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The experiments domain's settings ({@code experiments} in application.yaml): how many training
 * jobs a node holds (queued + running; more get 429), the threads that train and that score a
 * promotion, and how often it fails the unfinished experiments of departed nodes; and how many
 * experiments one user may have queued or running per tier (free, pro, enterprise; 429 beyond),
 * so that a few free requests cannot fill the node's queue for everyone.
 */
public record ExperimentsConfig(int maxPending, int trainingThreads, int promotionThreads,
    Duration sweepInterval, int perUserFree, int perUserPro, int perUserEnterprise) {

  public static ExperimentsConfig defaults() {
    return new ExperimentsConfig(3, 1, 1, Duration.ofSeconds(60), 1, 2, 3);
  }

  /** The per-user quota of a tier name (free, pro, enterprise; anything else is free). */
  public int perUser(String tier) {
    return switch (tier == null ? "" : tier.toLowerCase(java.util.Locale.ROOT)) {
      case "enterprise" -> perUserEnterprise;
      case "pro" -> perUserPro;
      default -> perUserFree;
    };
  }

  public static ExperimentsConfig from(ConfigValues v) {
    return new ExperimentsConfig(
        v.integer("max_pending", 3, 1, 1_000),
        v.integer("training_threads", 1, 1, 64),
        v.integer("promotion_threads", 1, 1, 64),
        Duration.ofSeconds(v.integer("sweep_interval_s", 60, 1, 86_400)),
        v.integer("per_user_free", 1, 0, 1_000),
        v.integer("per_user_pro", 2, 0, 1_000),
        v.integer("per_user_enterprise", 3, 0, 1_000));
  }
}
