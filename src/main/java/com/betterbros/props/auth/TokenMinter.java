package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints compact HS256 JWTs (RFC 7519, HMAC-SHA256 per RFC 7518 section 3.2) for the {@code token}
 * command and dev mode. Written with javax.crypto rather than JWTAuth, so the verifier's tests
 * check an independent implementation.
 */
public final class TokenMinter {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenMinter() {}

  /**
   * Mints a token with {@code iat}, {@code exp = iat + ttl}, {@code sub}, {@code tier} (lower case)
   * and {@code iss}/{@code aud} when non-null.
   *
   * @param hs256Secret the shared secret, used as its UTF-8 bytes (at least 32 bytes)
   * @param ttl the lifetime, positive
   */
  public static String mint(
      String hs256Secret, String sub, Tier tier, Duration ttl, String issuer, String audience) {
    Objects.requireNonNull(sub, "sub");
    Objects.requireNonNull(tier, "tier");
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject()
        .put("sub", sub)
        .put("tier", tier.name().toLowerCase(Locale.ROOT))
        .put("iat", now)
        .put("exp", now + ttl.toSeconds());
    if (issuer != null) {
      claims.put("iss", issuer);
    }
    if (audience != null) {
      claims.put("aud", audience);
    }
    return sign(hs256Secret, claims);
  }

  /**
   * Signs arbitrary claims with HS256, as given (no claims added). Tests use it to build tokens
   * that break one rule at a time.
   */
  public static String sign(String hs256Secret, JsonObject claims) {
    Objects.requireNonNull(hs256Secret, "hs256Secret");
    byte[] key = hs256Secret.getBytes(StandardCharsets.UTF_8);
    if (key.length < AuthConfig.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "HS256 secret must be at least " + AuthConfig.MIN_SECRET_BYTES + " bytes");
    }
    JsonObject header = new JsonObject().put("alg", "HS256").put("typ", "JWT");
    // JWS signing input = base64url(header) "." base64url(payload)   (RFC 7515 section 5.1)
    String input = CompactJwt.encode(header) + "." + CompactJwt.encode(claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + CompactJwt.encode(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** A fresh 256-bit secret from SecureRandom, base64url-encoded (43 characters), for dev mode. */
  public static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return CompactJwt.encode(bytes);
  }
}
