package com.betterbros.props.context;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The context domain's settings: the weather provider ({@code weather} in application.yaml), how
 * long a context answer stays cached ({@code context.cache_ttl_s}), and how long the cache's
 * generation key lives ({@code context.generation_ttl_s}): saved injuries bump the generation, so
 * they show at once whatever the TTL; it must outlive the answers it versions.
 */
public record ContextConfig(WeatherConfig weather, Duration cacheTtl, Duration generationTtl) {

  public ContextConfig {
    if (generationTtl.compareTo(cacheTtl) < 0) {
      throw new ConfigException("context.generation_ttl_s", "must be at least context.cache_ttl_s ("
          + cacheTtl.toSeconds() + "), or a cached answer could outlive the generation it was stored under");
    }
  }

  /** With the default generation TTL (one day). */
  public ContextConfig(WeatherConfig weather, Duration cacheTtl) {
    this(weather, cacheTtl, Duration.ofDays(1));
  }

  public static ContextConfig from(ConfigValues weather, ConfigValues context) {
    return new ContextConfig(WeatherConfig.from(weather),
        Duration.ofSeconds(context.integer("cache_ttl_s", 900, 1, 86_400)),
        Duration.ofSeconds(context.integer("generation_ttl_s", 86_400, 1, 30 * 86_400)));
  }
}
