package com.betterbros.props.ratelimit.core;

/**
 * The Generic Cell Rate Algorithm (ITU-T I.371, the "virtual scheduling" form; the same one
 * redis-cell and Brandur Leach's throttled use) for a budget of {@code n} requests per period.
 *
 * <p>Times are microseconds. State is one number per key, the theoretical arrival time
 * {@code tat}. With emission interval {@code T = floor(period / n)} and burst tolerance
 * {@code tau = period - T}:
 * <pre>
 *   tat'     = max(tat, now) + T
 *   allow_at = tat' - period           // = tat' - (T + tau)
 *   now &lt; allow_at  -> deny, retry after (allow_at - now); tat unchanged
 *   otherwise       -> allow, store tat' (it may expire at tat')
 *   remaining       = floor((now - allow_at) / T)
 * </pre>
 * From an empty state exactly {@code n} requests pass at once ({@code n T <= period}, and
 * {@code (n + 1) T > period} while {@code n (n + 1) < period}: any n below 7,700 a minute), then one
 * more every {@code T}: over any window of length {@code period} at most
 * {@code n + floor(window / T)} pass. The Redis script in {@code RateLimiter} is this method line
 * for line, so both backends agree.
 */
public final class Gcra {

  /** Microseconds per second. */
  public static final long US_PER_S = 1_000_000;

  private Gcra() {}

  /**
   * One request against a key.
   *
   * @param tat the stored theoretical arrival time (µs), or {@code Long.MIN_VALUE} for none
   * @param now the current time (µs)
   * @param limit requests allowed per {@code periodUs}
   * @param periodUs the window, e.g. 60,000,000 for "per minute"
   */
  public static Decision decide(long tat, long now, int limit, long periodUs) {
    if (limit < 1 || periodUs < 1) {
      throw new IllegalArgumentException("limit and period must be positive");
    }
    long interval = intervalUs(limit, periodUs);                 // T = floor(period / n)
    long start = Math.max(tat, now);                             // max(tat, now)
    long newTat = start + interval;                              // tat' = max(tat, now) + T
    long allowAt = newTat - periodUs;                            // allow_at = tat' - period
    if (now < allowAt) {
      // deny: one request passes at allow_at; the budget is whole again at the stored tat
      return new Decision(false, limit, 0, allowAt - now, start - now, tat);
    }
    int remaining = (int) Math.min(limit - 1, (now - allowAt) / interval);   // floor((now - allow_at) / T)
    return new Decision(true, limit, remaining, 0, newTat - now, newTat);
  }

  /** The emission interval {@code T = floor(period / n)} in whole µs (at least 1), as both backends use it. */
  public static long intervalUs(int limit, long periodUs) {
    return Math.max(1, periodUs / limit);
  }

  /**
   * The outcome of one request.
   *
   * @param allowed whether it may proceed
   * @param limit the budget per period
   * @param remaining requests still allowed right now after this one
   * @param retryAfterUs when denied, how long (µs) until one request would pass (0 when allowed)
   * @param resetUs how long (µs) until the whole budget is available again
   * @param tat the theoretical arrival time to store (unchanged when denied)
   */
  public record Decision(boolean allowed, int limit, int remaining, long retryAfterUs, long resetUs, long tat) {

    /** {@code Retry-After} in whole seconds, rounded up (at least 1 when denied). */
    public long retryAfterSeconds() {
      return allowed ? 0 : Math.max(1, (retryAfterUs + US_PER_S - 1) / US_PER_S);
    }

    /** {@code RateLimit-Reset} in whole seconds, rounded up. */
    public long resetSeconds() {
      return Math.max(0, (resetUs + US_PER_S - 1) / US_PER_S);
    }
  }
}
