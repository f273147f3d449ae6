package com.betterbros.props.auth;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The structural read of a compact JWS (RFC 7515 section 7.1): three base64url segments, JSON
 * header and payload, a non-empty signature. Nothing here is trusted until the signature verifies.
 *
 * @param header the decoded JOSE header
 * @param payload the decoded claims
 */
record CompactJwt(JsonObject header, JsonObject payload) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAX_TOKEN_CHARS = 16 * 1024;

  /**
   * Splits and decodes a token, rejecting unsigned ones ({@code alg} missing or {@code none}, or an
   * empty signature segment) before any key is consulted.
   *
   * @throws AuthFailure "malformed token" or "unsigned token"
   */
  static CompactJwt parse(String token) {
    if (token == null || token.isBlank()) {
      throw new AuthFailure("missing token");
    }
    if (token.length() > MAX_TOKEN_CHARS) {
      throw new AuthFailure("malformed token");
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length == 2) {
      throw new AuthFailure("unsigned token");
    }
    if (parts.length != 3) {
      throw new AuthFailure("malformed token");
    }
    JsonObject header = json(parts[0]);
    JsonObject payload = json(parts[1]);
    Object alg = header.getValue("alg");
    if (!(alg instanceof String a) || a.isEmpty() || "none".equalsIgnoreCase(a)) {
      throw new AuthFailure("unsigned token");
    }
    if (parts[2].isEmpty()) {
      throw new AuthFailure("unsigned token");
    }
    decode(parts[2]);
    return new CompactJwt(header, payload);
  }

  /** The {@code alg} header. */
  String alg() {
    return header.getString("alg");
  }

  /** The {@code kid} header, or null when absent or not a string. */
  String kid() {
    return header.getValue("kid") instanceof String k ? k : null;
  }

  /** Base64url without padding (RFC 7515 section 2). */
  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  static String encode(JsonObject json) {
    return encode(json.encode().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] decode(String segment) {
    try {
      return DECODER.decode(segment);
    } catch (IllegalArgumentException e) {
      throw new AuthFailure("malformed token");
    }
  }

  private static JsonObject json(String segment) {
    try {
      return new JsonObject(new String(decode(segment), StandardCharsets.UTF_8));
    } catch (DecodeException | ClassCastException e) {
      throw new AuthFailure("malformed token");
    }
  }
}
