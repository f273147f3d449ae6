package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Reads one public signing key of a JWKS (RFC 7517, parameters from RFC 7518 section 6) with
 * java.security, so that a key we cannot use is detected and counted here instead of being only
 * logged by vertx-auth-jwt. Accepts RSA (RS/PS 256-512) and EC P-256/P-384/P-521 (ES256/384/512).
 */
final class JwkParser {

  /**
   * A usable key.
   *
   * @param kid the key id, or null
   * @param alg the JWS algorithm it verifies
   * @param key the public key
   */
  record ParsedJwk(String kid, String alg, PublicKey key) {}

  private static final Set<String> RSA_ALGS =
      Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512");
  private static final Map<String, String> EC_ALG_BY_CURVE =
      Map.of("P-256", "ES256", "P-384", "ES384", "P-521", "ES512");
  private static final Map<String, String> EC_STD_NAME =
      Map.of("P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");

  private JwkParser() {}

  /**
   * Parses one JWK.
   *
   * @throws IllegalArgumentException with a short reason when the key is unusable
   */
  static ParsedJwk parse(JsonObject jwk) {
    String kid = text(jwk, "kid", false);
    String use = text(jwk, "use", false);
    if (use != null && !"sig".equals(use)) {
      throw new IllegalArgumentException("use is '" + use + "', not sig");
    }
    String kty = text(jwk, "kty", true);
    String alg = text(jwk, "alg", false);
    try {
      return switch (kty) {
        case "RSA" -> rsa(kid, alg == null ? "RS256" : alg, jwk);
        case "EC" -> ec(kid, alg, jwk);
        default -> throw new IllegalArgumentException("unsupported kty " + kty);
      };
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("invalid " + kty + " key: " + e.getMessage(), e);
    }
  }

  private static ParsedJwk rsa(String kid, String alg, JsonObject jwk)
      throws GeneralSecurityException {
    if (!RSA_ALGS.contains(alg)) {
      throw new IllegalArgumentException("alg " + alg + " does not fit an RSA key");
    }
    BigInteger n = unsigned(jwk, "n");
    BigInteger e = unsigned(jwk, "e");
    if (n.bitLength() < 2048) {
      throw new IllegalArgumentException("RSA modulus shorter than 2048 bits");
    }
    PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    return new ParsedJwk(kid, alg, key);
  }

  private static ParsedJwk ec(String kid, String alg, JsonObject jwk)
      throws GeneralSecurityException {
    String crv = text(jwk, "crv", true);
    String expected = EC_ALG_BY_CURVE.get(crv);
    if (expected == null) {
      throw new IllegalArgumentException("unsupported curve " + crv);
    }
    if (alg != null && !alg.equals(expected)) {
      throw new IllegalArgumentException("alg " + alg + " does not fit curve " + crv);
    }
    AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
    params.init(new ECGenParameterSpec(EC_STD_NAME.get(crv)));
    ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
    ECPoint point = new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y"));
    PublicKey key = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    return new ParsedJwk(kid, expected, key);
  }

  /** A base64url big-endian unsigned integer (RFC 7518 section 2, Base64urlUInt). */
  private static BigInteger unsigned(JsonObject jwk, String name) {
    String value = text(jwk, name, true);
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not base64url", e);
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException(name + " is empty");
    }
    return new BigInteger(1, bytes);
  }

  private static String text(JsonObject jwk, String name, boolean required) {
    Object v = jwk.getValue(name);
    if (v == null && !required) {
      return null;
    }
    if (!(v instanceof String s) || s.isEmpty()) {
      throw new IllegalArgumentException(name + (v == null ? " is missing" : " is not a string"));
    }
    return s;
  }
}
