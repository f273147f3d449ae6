package com.betterbros.props.context;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;

/**
 * The context domain's settings: the weather provider ({@code weather} in application.yaml) and
 * how long a context answer stays cached ({@code context.cache_ttl_s}; saved injuries bump the
 * cache's generation, so they show at once whatever the TTL).
 */
public record ContextConfig(WeatherConfig weather, Duration cacheTtl) {

  public static ContextConfig from(ConfigValues weather, ConfigValues context) {
    return new ContextConfig(WeatherConfig.from(weather),
        Duration.ofSeconds(context.integer("cache_ttl_s", 900, 1, 86_400)));
  }
}
