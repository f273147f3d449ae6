package com.betterbros.props.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a JWKS and turns it into a {@link KeyRing}. Refetches are rate-limited: at most one
 * fetch starts per minimum interval (counted from the previous fetch, the first one included), and
 * concurrent callers share the fetch in flight.
 */
final class JwksFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(JwksFetcher.class);
  private static final long TIMEOUT_MS = 5_000;

  private final Vertx vertx;
  private final WebClient client;
  private final String url;
  private final long minIntervalNanos;
  private final JWTOptions options;
  private long lastStartNanos;
  private boolean started;
  private Future<KeyRing> inflight;

  JwksFetcher(Vertx vertx, String url, Duration minInterval, JWTOptions options) {
    this.vertx = vertx;
    this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000));
    this.url = url;
    this.minIntervalNanos = minInterval.toNanos();
    this.options = options;
  }

  /** Fetches now, ignoring the rate limit; fails when no usable key loads. */
  synchronized Future<KeyRing> fetchNow() {
    lastStartNanos = System.nanoTime();
    started = true;
    Future<KeyRing> f = client
        .getAbs(url)
        .putHeader("Accept", "application/json")
        .timeout(TIMEOUT_MS)
        .send()
        .compose(this::toRing);
    inflight = f;
    f.onComplete(ar -> clear(f));
    return f;
  }

  /**
   * Starts a refetch unless one is in flight (then shares it) or the last one started less than
   * the minimum interval ago (then fails with "rate limited"). Failures are logged; the caller
   * keeps its current keys.
   */
  synchronized Future<KeyRing> refetch() {
    if (inflight != null) {
      return inflight;
    }
    if (started && System.nanoTime() - lastStartNanos < minIntervalNanos) {
      return Future.failedFuture("JWKS refetch rate limited");
    }
    return fetchNow()
        .onSuccess(keys -> LOG.info("JWKS refetched from {}: {} keys", url, keys.loaded()))
        .onFailure(err -> LOG.warn("JWKS refetch from {} failed, keeping the old keys: {}",
            url, err.getMessage()));
  }

  void close() {
    client.close();
  }

  private synchronized void clear(Future<KeyRing> done) {
    if (inflight == done) {
      inflight = null;
    }
  }

  private Future<KeyRing> toRing(HttpResponse<Buffer> resp) {
    if (resp.statusCode() != 200) {
      return Future.failedFuture("HTTP " + resp.statusCode() + " from " + url);
    }
    KeyRing keys;
    try {
      JsonObject body = resp.bodyAsJsonObject();
      if (body == null) {
        return Future.failedFuture("empty JWKS response from " + url);
      }
      keys = KeyRing.fromJwks(vertx, body, options);
    } catch (DecodeException | ClassCastException | IllegalArgumentException e) {
      return Future.failedFuture("unreadable JWKS from " + url + ": " + e.getMessage());
    }
    keys.skipped().forEach(reason -> LOG.warn("JWKS {}: skipped {}", url, reason));
    if (keys.loaded() == 0) {
      return Future.failedFuture("no usable signing key in the JWKS at " + url + " ("
          + keys.skipped().size() + " skipped: " + String.join("; ", keys.skipped()) + ")");
    }
    return Future.succeededFuture(keys);
  }
}
