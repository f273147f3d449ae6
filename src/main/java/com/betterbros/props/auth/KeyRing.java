package com.betterbros.props.auth;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable generation of verification keys: the JWTAuth provider that checks signatures, and
 * what it holds (key ids and algorithms), so a token can be matched to a key before it is tried.
 *
 * @param auth the provider holding exactly the usable keys
 * @param algByKid the algorithm of each named key
 * @param unnamedAlgs the algorithms of keys without a kid (they are tried against any kid)
 * @param loaded how many keys were loaded
 * @param skipped JWKs that could not be used, with the reason for each
 */
record KeyRing(
    JWTAuth auth,
    Map<String, String> algByKid,
    Set<String> unnamedAlgs,
    int loaded,
    List<String> skipped) {

  /** A ring with one HS256 secret, used as its UTF-8 bytes. */
  static KeyRing hmac(Vertx vertx, String secret, JWTOptions options) {
    PubSecKeyOptions key = new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret);
    JWTAuthOptions authOptions = new JWTAuthOptions().addPubSecKey(key).setJWTOptions(options);
    JWTAuth auth = JWTAuth.create(vertx, authOptions);
    return new KeyRing(auth, Map.of(), Set.of("HS256"), 1, List.of());
  }

  /**
   * A ring from a JWKS document ({@code {"keys":[...]}}). Unusable keys are skipped and listed;
   * the usable ones go to JWTAuth as PEM public keys, which it parses or fails on loudly.
   *
   * @throws IllegalArgumentException when the document has no {@code keys} array
   */
  static KeyRing fromJwks(Vertx vertx, JsonObject jwks, JWTOptions options) {
    if (!(jwks.getValue("keys") instanceof JsonArray keys)) {
      throw new IllegalArgumentException("JWKS document has no keys array");
    }
    JWTAuthOptions authOptions = new JWTAuthOptions().setJWTOptions(options);
    Map<String, String> algByKid = new HashMap<>();
    Set<String> unnamed = new HashSet<>();
    List<String> skipped = new ArrayList<>();
    int loaded = 0;
    for (int i = 0; i < keys.size(); i++) {
      try {
        if (!(keys.getValue(i) instanceof JsonObject jwk)) {
          throw new IllegalArgumentException("not a JSON object");
        }
        JwkParser.ParsedJwk parsed = JwkParser.parse(jwk);
        if (parsed.kid() != null && algByKid.containsKey(parsed.kid())) {
          throw new IllegalArgumentException("duplicate kid " + parsed.kid());
        }
        authOptions.addPubSecKey(
            new PubSecKeyOptions()
                .setAlgorithm(parsed.alg())
                .setId(parsed.kid())
                .setBuffer(pem(parsed.key().getEncoded())));
        if (parsed.kid() == null) {
          unnamed.add(parsed.alg());
        } else {
          algByKid.put(parsed.kid(), parsed.alg());
        }
        loaded++;
      } catch (IllegalArgumentException e) {
        skipped.add("key #" + i + ": " + e.getMessage());
      }
    }
    JWTAuth auth = JWTAuth.create(vertx, authOptions);
    return new KeyRing(
        auth, Map.copyOf(algByKid), Set.copyOf(unnamed), loaded, List.copyOf(skipped));
  }

  /** True when a key with this id is loaded. */
  boolean knowsKid(String kid) {
    return algByKid.containsKey(kid);
  }

  /**
   * Null when some loaded key may verify a token with this header, else the reason it cannot.
   *
   * @param kid the token's kid, or null
   * @param alg the token's alg
   */
  String mismatch(String kid, String alg) {
    if (kid != null && algByKid.containsKey(kid)) {
      return alg.equals(algByKid.get(kid)) ? null : "algorithm does not match key";
    }
    if (unnamedAlgs.contains(alg)) {
      return null;
    }
    if (kid != null) {
      return "unknown key id";
    }
    return algByKid.containsValue(alg) ? null : "unsupported algorithm";
  }

  private static String pem(byte[] spki) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(spki);
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }
}
