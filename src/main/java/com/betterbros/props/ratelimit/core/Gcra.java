package com.betterbros.props.ratelimit.core;

/**
 * The Generic Cell Rate Algorithm (ITU-T I.371, the "virtual scheduling" form; the same one
 * redis-cell and Brandur Leach's throttled use) for a budget of {@code n} requests per period.
 *
 * <p>State is one number per key, the theoretical arrival time {@code tat} (ms). With emission
 * interval {@code T = period / n} and burst tolerance {@code tau = period - T}:
 * <pre>
 *   tat'     = max(tat, now) + T
 *   allow_at = tat' - period           // = tat' - (T + tau)
 *   now &lt; allow_at  -> deny, retry after (allow_at - now); tat unchanged
 *   otherwise       -> allow, store tat' (it may expire at tat')
 *   remaining       = floor((now - allow_at) / T)
 * </pre>
 * From an empty state exactly {@code n} requests pass at once, then one more every {@code T}: over
 * any window of length {@code period} at most {@code n + floor(window / T)} pass. The Redis
 * script in {@code RateLimiter} is this method line for line, so both backends agree.
 */
public final class Gcra {

  private Gcra() {}

  /**
   * One request against a key.
   *
   * @param tat the stored theoretical arrival time in ms, or {@code Long.MIN_VALUE} for none
   * @param now the current time in ms
   * @param limit requests allowed per {@code periodMs}
   * @param periodMs the window, e.g. 60,000 for "per minute"
   */
  public static Decision decide(long tat, long now, int limit, long periodMs) {
    if (limit < 1 || periodMs < 1) {
      throw new IllegalArgumentException("limit and period must be positive");
    }
    long interval = intervalMs(limit, periodMs);                 // T = period / n
    long start = Math.max(tat, now);                             // max(tat, now)
    long newTat = start + interval;                  // tat' = max(tat, now) + T
    long allowAt = newTat - periodMs;                            // allow_at = tat' - period
    if (now < allowAt) {
      long resetMs = start - now;                                // the stored tat: when the budget is whole again
      return new Decision(false, limit, 0, allowAt - now, resetMs, tat);
    }
    int remaining = (int) Math.min(limit - 1, (now - allowAt) / interval);   // floor((now - allow_at) / T)
    return new Decision(true, limit, remaining, 0, newTat - now, newTat);
  }

  /** The emission interval {@code T = period / n} in whole ms (at least 1), as both backends use it. */
  public static long intervalMs(int limit, long periodMs) {
    return Math.max(1, Math.round((double) periodMs / limit));
  }

  /**
   * The outcome of one request.
   *
   * @param allowed whether it may proceed
   * @param limit the budget per period
   * @param remaining requests still allowed right now after this one
   * @param retryAfterMs when denied, how long until one request would pass (0 when allowed)
   * @param resetMs how long until the whole budget is available again
   * @param tat the theoretical arrival time to store (unchanged when denied)
   */
  public record Decision(boolean allowed, int limit, int remaining, long retryAfterMs, long resetMs, long tat) {

    /** {@code Retry-After} in whole seconds, rounded up (at least 1 when denied). */
    public long retryAfterSeconds() {
      return allowed ? 0 : Math.max(1, (retryAfterMs + 999) / 1000);
    }

    /** {@code RateLimit-Reset} in whole seconds, rounded up. */
    public long resetSeconds() {
      return Math.max(0, (resetMs + 999) / 1000);
    }
  }
}
