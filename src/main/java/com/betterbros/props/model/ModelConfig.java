package com.betterbros.props.model;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The model domain's settings ({@code model} in application.yaml): its worker verticle's instances
 * and pool (Tribuo inference and feature building run there, never on an event loop), and how
 * long a prediction stays cached (the key holds the model id, the history version and the line).
 */
public record ModelConfig(int instances, int workerThreads, Duration cacheTtl) {

  public static ModelConfig defaults() {
    return new ModelConfig(1, 2, Duration.ofMinutes(5));
  }

  public static ModelConfig from(ConfigValues v) {
    return new ModelConfig(
        v.integer("instances", 1, 1, 64),
        v.integer("worker_threads", 2, 1, 256),
        Duration.ofSeconds(v.integer("cache_ttl_s", 300, 1, 86_400)));
  }
}
