package com.betterbros.props.platforms;

import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Where {@code POST /props/refresh} fetches each platform's board, how often it refreshes alone, the
 * worker pool that parses board feeds off the event loop ({@code platforms.parser_threads}), and
 * {@code now}: when set ({@code platforms.now}, an ISO instant), the props' lifecycle runs on a clock
 * fixed there instead of the system's (or the synthetic season's day), to replay a past board.
 * {@code listing_max_age_ms}: in PostgreSQL mode, how long a props node may answer a kept
 * {@code GET /props} page without a {@code props.events.changed} event (0 = never kept).
 */
public record PlatformsConfig(
    String prizePicksUrl, String underdogUrl, Duration timeout, Duration refreshInterval, int parserThreads,
    Instant now, Duration listingMaxAge) {

  public static PlatformsConfig from(ConfigValues v) {
    Set<String> schemes = Set.of("http", "https");
    return new PlatformsConfig(
        v.url("prizepicks_url", "", false, schemes),
        v.url("underdog_url", "", false, schemes),
        Duration.ofMillis(v.integer("timeout_ms", 8_000, 100, 300_000)),
        Duration.ofSeconds(v.integer("refresh_interval_s", 0, 0, 86_400)),
        v.integer("parser_threads", 2, 1, 64),
        instant(v, "now"),
        Duration.ofMillis(v.integer("listing_max_age_ms", 1_000, 0, 3_600_000)));
  }

  private static Instant instant(ConfigValues v, String name) {
    String s = v.optional(name);
    try {
      return s == null ? null : Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new ConfigException("platforms." + name, "must be an ISO-8601 instant like 2024-11-15T17:00:00Z, got '"
          + s + "'");
    }
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
