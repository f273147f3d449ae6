package com.betterbros.props.features;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The features domain's settings ({@code features} in application.yaml): the worker pool that
 * computes features, how long a result stays cached, and the age past which the node's shared
 * history snapshot is rebuilt even without a change event (writes from outside the cluster, such as
 * the {@code seed} command).
 */
public record FeaturesConfig(int computeThreads, Duration cacheTtl, Duration snapshotTtl) {

  public static FeaturesConfig defaults() {
    return new FeaturesConfig(2, Duration.ofHours(1), Duration.ofMinutes(10));
  }

  public static FeaturesConfig from(ConfigValues v) {
    return new FeaturesConfig(
        v.integer("compute_threads", 2, 1, 256),
        Duration.ofSeconds(v.integer("cache_ttl_s", 3_600, 1, 86_400)),
        Duration.ofSeconds(v.integer("snapshot_ttl_s", 600, 1, 86_400)));
  }
}
