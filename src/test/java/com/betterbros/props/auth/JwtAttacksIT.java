package com.betterbros.props.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Forged and invalid tokens against a real hs256 node (iss and aud configured), through HTTP: each
 * is a 401 JSON error, and a good token still gets in. The unit tests check the verifier rule by
 * rule; this checks that nothing between the socket and the verifier lets one through.
 */
@DisplayName("JWT attacks over HTTP: every forged or invalid token is a 401")
class JwtAttacksIT {

  private static final String SECRET = "jwt-attacks-it-secret-0123456789-abcdefgh";
  private static final String ISS = "https://issuer.betterbros.test";
  private static final String AUD = "betterbros-api";
  private static Node node;
  private static WebClient client;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_JWT_ISSUER", ISS, "BB_JWT_AUDIENCE", AUD, "BB_SYNTH_DAYS", "3"));
    // no keep-alive: the past-the-header-limit test leaves the server closing a connection the pool would reuse
    client = WebClient.create(node.vertx(), new io.vertx.ext.web.client.WebClientOptions().setKeepAlive(false));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static JsonObject good() {
    long now = System.currentTimeMillis() / 1000;
    return new JsonObject().put("sub", "mallory").put("tier", "enterprise").put("iss", ISS).put("aud", AUD)
        .put("iat", now).put("exp", now + 600);
  }

  private static HttpResponse<Buffer> get(String uri, String token) {
    var req = client.get(node.httpPort(), "127.0.0.1", uri);
    if (token != null) {
      req.putHeader("Authorization", "Bearer " + token);
    }
    return Await.result(req.send());
  }

  @Test
  @DisplayName("alg none, empty signature, RS256 and HS-keyed-with-RSA-public-key, wrong key, no exp, expired, "
      + "nbf ahead, wrong iss, wrong aud, exp 1e300, 7 KiB junk: 401 with a JSON error")
  void forged() throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String valid = TokenMinter.sign(SECRET, good());
    KeyPair rsa = TestKeys.rsa(13);
    Map<String, String> attacks = new LinkedHashMap<>();
    attacks.put("alg none", TestKeys.unsigned(good()));
    attacks.put("empty signature", valid.substring(0, valid.lastIndexOf('.') + 1));
    attacks.put("signature of another token", valid.substring(0, valid.lastIndexOf('.') + 1)
        + TokenMinter.sign(SECRET, good().put("sub", "x")).split("\\.")[2]);
    attacks.put("RS256 with an unknown RSA key", TestKeys.sign("RS256", rsa.getPrivate(), null, good()));
    attacks.put("HS256 keyed with an RSA public key", hs256(rsa.getPublic().getEncoded(), good()));
    attacks.put("wrong key", TokenMinter.sign("someone-elses-secret-0123456789-abcdef", good()));
    attacks.put("no exp", TokenMinter.sign(SECRET, good().put("exp", null)));
    attacks.put("expired", TokenMinter.sign(SECRET, good().put("iat", now - 7200).put("exp", now - 3600)));
    attacks.put("nbf in the future", TokenMinter.sign(SECRET, good().put("nbf", now + 3600)));
    attacks.put("wrong iss", TokenMinter.sign(SECRET, good().put("iss", "https://evil.test")));
    attacks.put("wrong aud", TokenMinter.sign(SECRET, good().put("aud", "another-api")));
    attacks.put("exp 1e300", TokenMinter.sign(SECRET, good().put("exp", 1e300)));
    attacks.put("string exp", TokenMinter.sign(SECRET, good().put("exp", "never")));
    attacks.put("no sub", TokenMinter.sign(SECRET, good().put("sub", null)));
    attacks.put("7 KiB of junk", "a".repeat(7 * 1024));
    attacks.put("two dots only", "..");
    for (Map.Entry<String, String> a : attacks.entrySet()) {
      HttpResponse<Buffer> r = get("/props?limit=1", a.getValue());
      assertThat(r.statusCode()).as(a.getKey() + ": " + r.bodyAsString()).isEqualTo(401);
      assertThat(r.bodyAsJsonObject().getString("error")).as(a.getKey()).isEqualTo("unauthorized");
    }
    assertThat(get("/props?limit=1", valid).statusCode()).as("the genuine token").isEqualTo(200);
  }

  @Test
  @DisplayName("a 64 KiB signed token is a 401 \"token too large\" before any verification (the header limit is "
      + "96 KiB, the token bound 16 KiB); a valid 15 KiB token still gets in")
  void oversized() {
    String huge = TokenMinter.sign(SECRET, good().put("pad", "x".repeat(64 * 1024)));
    HttpResponse<Buffer> r = get("/props?limit=1", huge);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(401);
    assertThat(r.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(r.bodyAsJsonObject().getString("error")).isEqualTo("unauthorized");
    assertThat(r.bodyAsJsonObject().getString("message")).contains("token too large");
    String big = TokenMinter.sign(SECRET, good().put("pad", "x".repeat(11 * 1024)));
    assertThat(big.length()).isBetween(14 * 1024, 16 * 1024);
    assertThat(get("/props?limit=1", big).statusCode()).isEqualTo(200);
    assertThat(get("/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("headers past the 96 KiB header limit are still refused by the HTTP codec (431 or a closed "
      + "connection), and the node stays healthy")
  void pastHeaderLimit() {
    String enormous = TokenMinter.sign(SECRET, good().put("pad", "x".repeat(128 * 1024)));
    int status;
    try {
      status = get("/props?limit=1", enormous).statusCode();
    } catch (RuntimeException closed) {
      assertThat(closed).isInstanceOf(io.vertx.core.http.HttpClosedException.class);
      status = 431;
    }
    assertThat(status).isEqualTo(431);
    assertThat(get("/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("a valid token in the query string is refused with 401, on public routes too")
  void tokenInQuery() {
    String valid = TokenMinter.sign(SECRET, good());
    for (String p : new String[] {"access_token", "token", "jwt"}) {
      HttpResponse<Buffer> r = get("/props?limit=1&" + p + "=" + valid, null);
      assertThat(r.statusCode()).as(p).isEqualTo(401);
      assertThat(r.bodyAsJsonObject().getString("message")).contains("not accepted in the URL");
    }
    assertThat(get("/health?access_token=" + valid, null).statusCode()).isEqualTo(401);
  }

  private static String hs256(byte[] key, JsonObject claims) throws Exception {
    String input = TestKeys.b64(new JsonObject().put("alg", "HS256").put("typ", "JWT").encode()) + "."
        + TestKeys.b64(claims.encode());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return input + "." + TestKeys.b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }
}
