package com.betterbros.props.app;

import java.time.Duration;
import java.util.Set;

/** Where {@code POST /props/refresh} fetches each platform's board, and how often it refreshes alone. */
public record PlatformsConfig(
    String prizePicksUrl, String underdogUrl, Duration timeout, Duration refreshInterval) {

  static PlatformsConfig from(ConfigValues v) {
    Set<String> schemes = Set.of("http", "https");
    return new PlatformsConfig(
        v.url("prizepicks_url", "", false, schemes),
        v.url("underdog_url", "", false, schemes),
        Duration.ofMillis(v.integer("timeout_ms", 8_000, 100, 300_000)),
        Duration.ofSeconds(v.integer("refresh_interval_s", 0, 0, 86_400)));
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
