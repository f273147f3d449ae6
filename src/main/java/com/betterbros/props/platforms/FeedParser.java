package com.betterbros.props.platforms;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one raw platform response into {@link com.betterbros.props.props.core.Prop}s. Implementations
 * are stateless and thread-safe. Bad entries are skipped and counted in
 * {@link ParsedFeed#skippedReasons()}; only a feed that is not JSON, or not shaped like the
 * platform's response, throws {@link MalformedFeedException}.
 */
public interface FeedParser {

  /** The platform this parser reads: {@code "prizepicks"} or {@code "underdog"}. */
  String platform();

  /**
   * Parses a whole response. Every kept prop has {@code updatedAt = observedAt}, the moment the
   * response was fetched or pasted.
   *
   * @throws MalformedFeedException if {@code json} is not JSON or lacks the platform's top-level
   *     arrays
   */
  ParsedFeed parse(String json, Instant observedAt);

  /**
   * The parser for {@code platform} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the platform if it is not one of {@link #platforms()}
   */
  static FeedParser forPlatform(String platform) {
    String key = platform == null ? "" : platform.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case PrizePicksParser.PLATFORM -> new PrizePicksParser();
      case UnderdogParser.PLATFORM -> new UnderdogParser();
      default -> throw new IllegalArgumentException(
          "unknown platform '" + platform + "'; known platforms: "
              + String.join(", ", platforms()));
    };
  }

  /** The platform names {@link #forPlatform(String)} accepts, sorted. */
  static Set<String> platforms() {
    return Collections.unmodifiableSortedSet(
        new TreeSet<>(List.of(PrizePicksParser.PLATFORM, UnderdogParser.PLATFORM)));
  }
}
