package com.betterbros.props.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.NoSuchKeyIdException;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies bearer tokens: structure and {@code alg} first (unsigned tokens never reach a key), the
 * signature through vertx-auth-jwt, then the claims through {@link ClaimRules} ({@code exp}
 * required). In jwks mode a token whose {@code kid} is unknown triggers a JWKS refetch, at most
 * once per {@link AuthConfig#jwksMinRefreshInterval()}; a failed refetch keeps the old keys.
 * Thread-safe: one instance may serve every gateway verticle.
 */
public final class TokenVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(TokenVerifier.class);

  private final AuthConfig cfg;
  private final AtomicReference<KeyRing> ring;
  private final JwksFetcher fetcher;

  private TokenVerifier(AuthConfig cfg, KeyRing ring, JwksFetcher fetcher) {
    this.cfg = cfg;
    this.ring = new AtomicReference<>(ring);
    this.fetcher = fetcher;
  }

  /**
   * Builds a verifier for the configured mode. jwks mode fetches the JWKS once and fails when it
   * cannot be fetched or holds no usable key.
   *
   * @param devSecret the secret generated at start; used (and required) only in dev mode
   */
  public static Future<TokenVerifier> create(Vertx vertx, AuthConfig cfg, String devSecret) {
    JWTOptions options = jwtOptions(cfg);
    try {
      return switch (cfg.mode()) {
        case AuthConfig.DEV -> Future.succeededFuture(new TokenVerifier(
            cfg, KeyRing.hmac(vertx, requireDevSecret(devSecret), options), null));
        case AuthConfig.HS256 -> Future.succeededFuture(new TokenVerifier(
            cfg, KeyRing.hmac(vertx, cfg.hs256Secret(), options), null));
        default -> createJwks(vertx, cfg, options);
      };
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static Future<TokenVerifier> createJwks(Vertx vertx, AuthConfig cfg, JWTOptions opts) {
    JwksFetcher fetcher = new JwksFetcher(vertx, cfg.jwksUrl(), cfg.jwksMinRefreshInterval(), opts);
    return fetcher
        .fetchNow()
        .map(keys -> new TokenVerifier(cfg, keys, fetcher))
        .onFailure(err -> fetcher.close())
        .recover(err -> Future.failedFuture(new IllegalStateException(
            "auth.jwks_url: refusing to start, " + err.getMessage(), err)));
  }

  /**
   * Verifies a compact JWS and returns its principal, or fails with an {@link AuthFailure}.
   *
   * @param token the token without the "Bearer " prefix
   */
  public Future<Principal> verify(String token) {
    CompactJwt jwt;
    try {
      jwt = CompactJwt.parse(token);
      ClaimRules.requireNumericDates(jwt.payload());
    } catch (AuthFailure e) {
      return Future.failedFuture(e);
    }
    Future<KeyRing> keys = Future.succeededFuture(ring.get());
    if (fetcher != null && jwt.kid() != null && !ring.get().knowsKid(jwt.kid())) {
      // unknown kid: the issuer may have rotated keys; whatever the refetch does, use the newest
      keys = fetcher
          .refetch()
          .onSuccess(ring::set)
          .transform(ar -> Future.succeededFuture(ring.get()));
    }
    return keys.compose(k -> verifyWith(k, token, jwt));
  }

  /** How many keys are loaded now. */
  public int keyCount() {
    return ring.get().loaded();
  }

  /** How many JWKs of the last JWKS fetched were skipped as unusable (0 outside jwks mode). */
  public int skippedKeyCount() {
    return ring.get().skipped().size();
  }

  /** Closes the JWKS client, if any. */
  public void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }

  private Future<Principal> verifyWith(KeyRing keys, String token, CompactJwt jwt) {
    String mismatch = keys.mismatch(jwt.kid(), jwt.alg());
    if (mismatch != null) {
      return Future.failedFuture(new AuthFailure(mismatch));
    }
    Future<User> checked;
    try {
      checked = keys.auth().authenticate(new TokenCredentials(token));
    } catch (RuntimeException e) {
      checked = Future.failedFuture(e);
    }
    return checked
        .transform(ar -> {
          try {
            if (ar.failed()) {
              throw classify(ar.cause(), jwt.payload());
            }
            long now = System.currentTimeMillis() / 1000;
            return Future.succeededFuture(ClaimRules.principal(jwt.payload(), cfg, now));
          } catch (AuthFailure e) {
            return Future.failedFuture(e);
          } catch (RuntimeException e) {
            LOG.debug("token rejected: {}", e.toString());
            return Future.failedFuture(new AuthFailure("invalid token"));
          }
        });
  }

  /**
   * Turns a JWTAuth failure into a short reason. Decode failures are signature problems; its claim
   * failures (iss, aud, exp, nbf, iat) come after a good signature, so our own rules name them.
   */
  private AuthFailure classify(Throwable cause, JsonObject claims) {
    if (cause instanceof NoSuchKeyIdException) {
      return new AuthFailure("unknown key id");
    }
    if (cause instanceof SignatureException) {
      return new AuthFailure("bad signature");
    }
    try {
      ClaimRules.principal(claims, cfg, System.currentTimeMillis() / 1000);
    } catch (AuthFailure e) {
      return e;
    }
    LOG.debug("token rejected by JWTAuth: {}", cause.toString());
    return new AuthFailure("invalid token");
  }

  private static JWTOptions jwtOptions(AuthConfig cfg) {
    // vertx-auth-jwt checks iss/aud only when set here; the leeway covers exp, nbf and iat.
    JWTOptions options = new JWTOptions().setLeeway((int) cfg.clockSkew().toSeconds());
    if (cfg.issuer() != null) {
      options.setIssuer(cfg.issuer());
    }
    if (cfg.audience() != null) {
      options.addAudience(cfg.audience());
    }
    return options;
  }

  private static String requireDevSecret(String devSecret) {
    if (devSecret == null
        || devSecret.getBytes(StandardCharsets.UTF_8).length < AuthConfig.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("dev mode needs a generated secret of at least "
          + AuthConfig.MIN_SECRET_BYTES + " bytes");
    }
    return devSecret;
  }
}
