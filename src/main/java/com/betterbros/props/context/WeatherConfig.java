package com.betterbros.props.context;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.util.Set;

/**
 * The Open-Meteo-style forecast endpoint used by {@code /context/weather}: its URL (none: weather
 * is {@code unavailable}), the per-request timeout, and the most connections kept open to it.
 */
public record WeatherConfig(String url, Duration timeout, int maxConnections) {

  /** With at most 4 connections to the provider. */
  public WeatherConfig(String url, Duration timeout) {
    this(url, timeout, 4);
  }

  public static WeatherConfig from(ConfigValues v) {
    return new WeatherConfig(
        v.url("url", "", false, Set.of("http", "https")),
        Duration.ofMillis(v.integer("timeout_ms", 5_000, 100, 120_000)),
        v.integer("max_connections", 4, 1, 256));
  }
}
