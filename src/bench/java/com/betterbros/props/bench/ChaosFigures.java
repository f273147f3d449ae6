package com.betterbros.props.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The figures of a chaos run from {@link MixedLoad}'s outcomes around one fault: requests and errors
 * in the window around it, responses >= 500, latency, and the time until the service was fully back
 * (from the fault to the answer of the last request that failed after it).
 */
final class ChaosFigures {

  private ChaosFigures() {}

  /**
   * The report lines for a fault at {@code faultMs} (ms since the load started), the window being
   * [{@code faultMs - before}, {@code faultMs + after}] by send time.
   */
  static String around(List<MixedLoad.Outcome> outcomes, long faultMs, long before, long after) {
    List<MixedLoad.Outcome> window = outcomes.stream()
        .filter(o -> o.sentMs() >= faultMs - before && o.sentMs() <= faultMs + after).toList();
    long errors = window.stream().filter(o -> !o.ok()).count();
    long firstTryErrors = window.stream().filter(o -> o.firstStatus() / 100 != 2).count();
    long failedOver = window.stream().filter(MixedLoad.Outcome::failedOver).count();
    long server = outcomes.stream().filter(o -> o.status() >= 500).count();
    long noAnswer = window.stream().filter(o -> o.status() == 0).count();
    long saturated = window.stream().filter(o -> o.status() == -1).count();
    long lastFailure = outcomes.stream().filter(o -> !o.ok() && o.sentMs() >= faultMs)
        .mapToLong(MixedLoad.Outcome::doneMs).max().orElse(faultMs);
    long[] latencies = window.stream().filter(o -> o.status() > 0).mapToLong(o -> o.doneMs() - o.sentMs()).sorted()
        .toArray();
    StringBuilder out = new StringBuilder(timeline(outcomes, faultMs));
    out.append(String.format("  requests in the %d s around the fault: %d, errors %d (%.2f %%)%n",
        (before + after) / 1000, window.size(), errors, percent(errors, window.size())));
    if (failedOver > 0 || firstTryErrors != errors) {
      out.append(String.format("  without failover they would have been %d errors (%.2f %%); %d requests failed over%n",
          firstTryErrors, percent(firstTryErrors, window.size()), failedOver));
    }
    out.append(String.format("  of the errors: %d no answer (refused/reset/timeout), %d driver saturated; "
        + "responses >= 500 in the whole run: %d%n", noAnswer, saturated, server));
    out.append(String.format("  latency in the window: p50 %d ms, p99 %d ms, max %d ms%n", percentile(latencies, 0.5),
        percentile(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1]));
    out.append(String.format("  fully back %.1f s after the fault (the last failed request after it answered then)%n",
        (lastFailure - faultMs) / 1000.0));
    out.append(byKind(window));
    return out.toString();
  }

  /** Requests and errors per 5 s by send time, relative to the fault ("-15..-10 s: 1000/0"). */
  static String timeline(List<MixedLoad.Outcome> outcomes, long faultMs) {
    StringBuilder out = new StringBuilder("  per 5 s (requests/errors) by send time from the fault:");
    long first = Math.floorDiv(outcomes.stream().mapToLong(MixedLoad.Outcome::sentMs).min().orElse(faultMs) - faultMs,
        5_000L);
    long last = Math.floorDiv(outcomes.stream().mapToLong(MixedLoad.Outcome::sentMs).max().orElse(faultMs) - faultMs,
        5_000L);
    for (long b = first; b <= last; b++) {
      long from = faultMs + b * 5_000;
      long n = outcomes.stream().filter(o -> o.sentMs() >= from && o.sentMs() < from + 5_000).count();
      long e = outcomes.stream().filter(o -> o.sentMs() >= from && o.sentMs() < from + 5_000 && !o.ok()).count();
      out.append(String.format(" %+d s %d/%d;", b * 5, n, e));
    }
    return out.append(String.format("%n")).toString();
  }

  /** Errors per request kind in the window. */
  static String byKind(List<MixedLoad.Outcome> window) {
    StringBuilder out = new StringBuilder("  per kind (requests/errors):");
    for (String kind : List.of("GET /props", "GET /props/{id}", "POST /model/predict", "POST /snapshots")) {
      long n = window.stream().filter(o -> o.kind().equals(kind)).count();
      long e = window.stream().filter(o -> o.kind().equals(kind) && !o.ok()).count();
      out.append(String.format(" %s %d/%d;", kind, n, e));
    }
    out.append(String.format("%n  statuses: %s%n", Arrays.toString(window.stream().mapToInt(MixedLoad.Outcome::status)
        .distinct().sorted().toArray())));
    return out.toString();
  }

  static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static long percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  }
}
