package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Test keys and hand-signed tokens. Key pairs come from SHA1PRNG seeded with the given seed, so
 * each run uses the same keys; tokens are signed with java.security directly, independently of
 * vertx-auth-jwt (ES256 in the JWS R||S form, "SHA256withECDSAinP1363Format").
 */
final class TestKeys {

  static final String SECRET = "unit-test-secret-0123456789-abcdefghij";

  private TestKeys() {}

  static KeyPair rsa(long seed) {
    return generate("RSA", seed, 2048);
  }

  static KeyPair ec(long seed) {
    return generate("EC", seed, 256);
  }

  /** RSA public JWK (RFC 7518 section 6.3.1). */
  static JsonObject rsaJwk(String kid, KeyPair pair) {
    RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
    return new JsonObject()
        .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", kid)
        .put("n", b64(unsigned(pub.getModulus(), 0)))
        .put("e", b64(unsigned(pub.getPublicExponent(), 0)));
  }

  /** EC P-256 public JWK (RFC 7518 section 6.2.1), coordinates padded to 32 bytes. */
  static JsonObject ecJwk(String kid, KeyPair pair) {
    ECPublicKey pub = (ECPublicKey) pair.getPublic();
    return new JsonObject()
        .put("kty", "EC").put("crv", "P-256").put("alg", "ES256").put("kid", kid)
        .put("x", b64(unsigned(pub.getW().getAffineX(), 32)))
        .put("y", b64(unsigned(pub.getW().getAffineY(), 32)));
  }

  /** Claims with sub, iat = now and exp = now + expInSeconds. */
  static JsonObject claims(String sub, long expInSeconds) {
    long now = System.currentTimeMillis() / 1000;
    return new JsonObject().put("sub", sub).put("iat", now).put("exp", now + expInSeconds);
  }

  /** A compact JWS signed with RS256 or ES256; kid omitted when null. */
  static String sign(String alg, PrivateKey key, String kid, JsonObject claims) {
    JsonObject header = new JsonObject().put("alg", alg).put("typ", "JWT");
    if (kid != null) {
      header.put("kid", kid);
    }
    String input = b64(header.encode()) + "." + b64(claims.encode());
    String jca = switch (alg) {
      case "RS256" -> "SHA256withRSA";
      case "ES256" -> "SHA256withECDSAinP1363Format";
      default -> throw new IllegalArgumentException(alg);
    };
    try {
      Signature s = Signature.getInstance(jca);
      s.initSign(key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The alg=none form: header {"alg":"none"}, the claims, and an empty signature. */
  static String unsigned(JsonObject claims) {
    return "eyJhbGciOiJub25lIn0." + b64(claims.encode()) + ".";
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] unsigned(BigInteger v, int length) {
    byte[] raw = v.toByteArray();
    if (raw.length > 1 && raw[0] == 0) {
      raw = Arrays.copyOfRange(raw, 1, raw.length);
    }
    if (raw.length >= length) {
      return raw;
    }
    byte[] padded = new byte[length];
    System.arraycopy(raw, 0, padded, length - raw.length, raw.length);
    return padded;
  }

  private static KeyPair generate(String type, long seed, int size) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      KeyPairGenerator gen = KeyPairGenerator.getInstance(type);
      if ("EC".equals(type)) {
        gen.initialize(new ECGenParameterSpec("secp256r1"), random);
      } else {
        gen.initialize(size, random);
      }
      return gen.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
