package com.betterbros.props.http;

import com.betterbros.props.auth.Principal;
import com.betterbros.props.auth.TokenVerifier;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A bounded memory of bearer tokens the {@link TokenVerifier} accepted in the last second, so a
 * client on a keep-alive connection pays for the signature check and claim parsing about once a
 * second, not on every request. A remembered token is used only while it is younger than
 * {@code ttlNanos} and its {@code exp} has not passed (the same bound and clock skew as the
 * verifier's); refusals are never remembered (each one is verified again). Tokens longer than
 * {@link #MAX_KEPT_CHARS} are verified every time, and at most {@code maxEntries} are kept (least
 * recently used dropped). Revocation is unaffected: a JWT cannot be revoked before {@code exp};
 * access keys and deactivated accounts are checked after this, on every request.
 */
final class VerifiedTokens {

  /** Tokens longer than this are not kept (a bound on the memory one entry can take). */
  static final int MAX_KEPT_CHARS = 4096;

  private record Kept(Principal principal, long verifiedAt, long expSeconds) {}

  private final TokenVerifier verifier;
  private final long ttlNanos;
  private final long skewSeconds;
  private final LongSupplier nanoTime;
  private final LongSupplier epochSeconds;
  private final Map<String, Kept> kept;

  VerifiedTokens(TokenVerifier verifier, int maxEntries, long ttlNanos, long skewSeconds, LongSupplier nanoTime,
      LongSupplier epochSeconds) {
    if (maxEntries < 1 || ttlNanos < 0) {
      throw new IllegalArgumentException("maxEntries must be >= 1 and ttlNanos >= 0");
    }
    this.verifier = verifier;
    this.ttlNanos = ttlNanos;
    this.skewSeconds = skewSeconds;
    this.nanoTime = nanoTime;
    this.epochSeconds = epochSeconds;
    this.kept = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** 10,000 tokens for one second each, on the system clocks. */
  static VerifiedTokens of(TokenVerifier verifier, long skewSeconds) {
    return new VerifiedTokens(verifier, 10_000, 1_000_000_000L, skewSeconds, System::nanoTime,
        () -> System.currentTimeMillis() / 1000);
  }

  /** The token's principal: remembered when verified under a second ago and not expired, else the verifier's. */
  Future<Principal> verify(String token) {
    if (token.length() > MAX_KEPT_CHARS) {
      return verifier.verify(token);
    }
    long now = nanoTime.getAsLong();
    Kept k;
    synchronized (kept) {
      k = kept.get(token);
    }
    if (k != null && now - k.verifiedAt() < ttlNanos && epochSeconds.getAsLong() - skewSeconds < k.expSeconds()) {
      return Future.succeededFuture(k.principal());
    }
    return verifier.verify(token).onSuccess(p -> {
      Object exp = p.claims() == null ? null : p.claims().getValue("exp");
      if (exp instanceof Number n && n.doubleValue() < Long.MAX_VALUE) {
        synchronized (kept) {
          kept.put(token, new Kept(p, now, n.longValue()));
        }
      }
    });
  }

  /** Tokens remembered now (tests). */
  int size() {
    synchronized (kept) {
      return kept.size();
    }
  }
}
