package com.betterbros.props.platforms;

import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.util.Set;

/**
 * Where {@code POST /props/refresh} fetches each platform's board, how often it refreshes alone, and
 * the worker pool that parses board feeds off the event loop ({@code platforms.parser_threads}).
 */
public record PlatformsConfig(
    String prizePicksUrl, String underdogUrl, Duration timeout, Duration refreshInterval, int parserThreads) {

  public static PlatformsConfig from(ConfigValues v) {
    Set<String> schemes = Set.of("http", "https");
    return new PlatformsConfig(
        v.url("prizepicks_url", "", false, schemes),
        v.url("underdog_url", "", false, schemes),
        Duration.ofMillis(v.integer("timeout_ms", 8_000, 100, 300_000)),
        Duration.ofSeconds(v.integer("refresh_interval_s", 0, 0, 86_400)),
        v.integer("parser_threads", 2, 1, 64));
  }

  /** The configured URL of a platform, or null. */
  public String urlOf(String platform) {
    return switch (platform) {
      case "prizepicks" -> prizePicksUrl;
      case "underdog" -> underdogUrl;
      default -> null;
    };
  }
}
