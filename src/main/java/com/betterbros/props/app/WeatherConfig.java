package com.betterbros.props.app;

import java.time.Duration;
import java.util.Set;

/** The Open-Meteo-style forecast endpoint used by {@code /context/weather}. */
public record WeatherConfig(String url, Duration timeout) {

  static WeatherConfig from(ConfigValues v) {
    return new WeatherConfig(
        v.url("url", "", false, Set.of("http", "https")),
        Duration.ofMillis(v.integer("timeout_ms", 5_000, 100, 120_000)));
  }
}
