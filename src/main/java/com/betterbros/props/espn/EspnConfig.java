package com.betterbros.props.espn;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link EspnClient} talks to ESPN's public site API. A bad value fails at construction with
 * the key's name.
 *
 * @param baseUrl the NBA site-API root, without a trailing slash (one is stripped)
 * @param maxConcurrent at most this many requests in flight; more wait in a FIFO queue
 * @param timeout per-request timeout ({@code HttpRequest.timeout})
 * @param maxRetries retries after the first attempt, for 429, 5xx, connection errors and timeouts
 * @param backoff the first retry delay; attempt {@code n} waits {@code backoff * 2^n}, at most 30 s
 * @param maxQueued requests waiting for a slot beyond which new ones fail at once
 * @param parserThreads the worker pool that parses responses off the event loop
 */
public record EspnConfig(String baseUrl, int maxConcurrent, Duration timeout, int maxRetries, Duration backoff,
    int maxQueued, int parserThreads) {

  /** ESPN's public NBA site API: no key. */
  public static final String PUBLIC_BASE_URL =
      "https://site.api.espn.com/apis/site/v2/sports/basketball/nba";

  /** Validates every field, naming the key of the first bad one. */
  public EspnConfig {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("espn.baseUrl must be set");
    }
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException(
          "espn.baseUrl must be an http(s) URL (was " + baseUrl + ")");
    }
    while (baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException(
          "espn.maxConcurrent must be >= 1 (was " + maxConcurrent + ")");
    }
    Objects.requireNonNull(timeout, "espn.timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("espn.timeout must be positive (was " + timeout + ")");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("espn.maxRetries must be >= 0 (was " + maxRetries + ")");
    }
    Objects.requireNonNull(backoff, "espn.backoff");
    if (backoff.isNegative()) {
      throw new IllegalArgumentException("espn.backoff must not be negative (was " + backoff + ")");
    }
    if (maxQueued < 0) {
      throw new IllegalArgumentException("espn.maxQueued must be >= 0 (was " + maxQueued + ")");
    }
    if (parserThreads < 1) {
      throw new IllegalArgumentException("espn.parserThreads must be >= 1 (was " + parserThreads + ")");
    }
  }

  /** With the default queue bound (1,000) and parser pool (2 threads). */
  public EspnConfig(String baseUrl, int maxConcurrent, Duration timeout, int maxRetries, Duration backoff) {
    this(baseUrl, maxConcurrent, timeout, maxRetries, backoff, 1_000, 2);
  }

  /** The public base URL, 4 concurrent requests, 8 s timeout, 3 retries, 500 ms first backoff. */
  public static EspnConfig defaults() {
    return new EspnConfig(PUBLIC_BASE_URL, 4, Duration.ofSeconds(8), 3, Duration.ofMillis(500));
  }

  /** The same settings against another base URL (a local replay server in tests). */
  public EspnConfig withBaseUrl(String url) {
    return new EspnConfig(url, maxConcurrent, timeout, maxRetries, backoff, maxQueued, parserThreads);
  }
}
