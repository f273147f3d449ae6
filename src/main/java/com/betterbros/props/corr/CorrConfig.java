package com.betterbros.props.corr;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The correlation domain's settings ({@code corr} in application.yaml): its worker verticle's
 * instances and pool (residual series and EJML work), and how long an estimate stays cached.
 */
public record CorrConfig(int instances, int workerThreads, Duration cacheTtl) {

  public static CorrConfig defaults() {
    return new CorrConfig(1, 2, Duration.ofHours(1));
  }

  public static CorrConfig from(ConfigValues v) {
    return new CorrConfig(
        v.integer("instances", 1, 1, 64),
        v.integer("worker_threads", 2, 1, 256),
        Duration.ofSeconds(v.integer("cache_ttl_s", 3_600, 1, 86_400)));
  }
}
