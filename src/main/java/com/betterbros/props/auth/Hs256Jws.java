package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies compact HS256 JWS (RFC 7515, HMAC-SHA256 per RFC 7518 section 3.2) with a raw
 * key, for tokens this service both mints and checks itself (the event bus's caller tokens). Only
 * {@code alg: HS256} is accepted; the claims are returned unchecked (callers check exp, iss, ...).
 */
public final class Hs256Jws {

  private Hs256Jws() {}

  /** {@code base64url(header).base64url(claims).base64url(HMAC-SHA256(key, input))}. */
  public static String sign(byte[] key, JsonObject claims) {
    requireKey(key);
    String input = CompactJwt.encode(new JsonObject().put("alg", "HS256").put("typ", "JWT")) + "."
        + CompactJwt.encode(claims);
    return input + "." + CompactJwt.encode(mac(key, input));
  }

  /**
   * The claims of a token signed with {@code key}.
   *
   * @throws AuthFailure "malformed token", "unsigned token", "unexpected algorithm" or "bad signature"
   */
  public static JsonObject verify(byte[] key, String token) {
    requireKey(key);
    CompactJwt jwt = CompactJwt.parse(token);
    if (!"HS256".equals(jwt.alg())) {
      throw new AuthFailure("unexpected algorithm");
    }
    int dot = token.lastIndexOf('.');
    byte[] expected = mac(key, token.substring(0, dot));
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw new AuthFailure("malformed token");
    }
    // constant-time comparison: no timing oracle on the signature
    if (!MessageDigest.isEqual(expected, given)) {
      throw new AuthFailure("bad signature");
    }
    return jwt.payload();
  }

  private static byte[] mac(byte[] key, String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static void requireKey(byte[] key) {
    if (key == null || key.length < AuthConfig.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("an HS256 key must be at least " + AuthConfig.MIN_SECRET_BYTES + " bytes");
    }
  }
}
