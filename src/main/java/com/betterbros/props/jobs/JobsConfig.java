package com.betterbros.props.jobs;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/** The jobs domain's settings ({@code jobs}): how often it fails the unfinished jobs of departed nodes. */
public record JobsConfig(Duration sweepInterval) {

  public static JobsConfig defaults() {
    return new JobsConfig(Duration.ofSeconds(60));
  }

  public static JobsConfig from(ConfigValues v) {
    return new JobsConfig(Duration.ofSeconds(v.integer("sweep_interval_s", 60, 1, 86_400)));
  }
}
