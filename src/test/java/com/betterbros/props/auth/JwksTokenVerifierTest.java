package com.betterbros.props.auth;

import static com.betterbros.props.auth.TokenVerifierHs256Test.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Key loading in jwks mode. Keys: RSA-2048 seed 11 and 12, EC P-256 seed 21 (SHA1PRNG). */
@ExtendWith(VertxExtension.class)
@DisplayName("TokenVerifier in jwks mode: loading keys")
class JwksTokenVerifierTest {

  private static KeyPair rsa;
  private static KeyPair stranger;
  private static KeyPair ec;

  @BeforeAll
  static void keys() {
    rsa = TestKeys.rsa(11);
    stranger = TestKeys.rsa(12);
    ec = TestKeys.ec(21);
  }

  @Test
  @DisplayName("RS256 and ES256 tokens signed with published keys are accepted")
  void acceptsRsaAndEc(Vertx vertx) {
    JwksServer server = JwksServer.start(
        vertx, TestKeys.rsaJwk("rsa-1", rsa), TestKeys.ecJwk("ec-1", ec)).await();
    TokenVerifier verifier = TokenVerifier.create(vertx, server.config(null), null).await();
    assertThat(verifier.keyCount()).isEqualTo(2);
    JsonObject claims = TestKeys.claims("user_2abc", 300).put("tier", "pro");
    Principal viaRsa = verifier.verify(TestKeys.sign("RS256", rsa.getPrivate(), "rsa-1", claims))
        .await();
    assertThat(viaRsa.userId()).isEqualTo("user_2abc");
    assertThat(viaRsa.tier()).isEqualTo(Tier.PRO);
    Principal viaEc = verifier.verify(TestKeys.sign("ES256", ec.getPrivate(), "ec-1", claims))
        .await();
    assertThat(viaEc.userId()).isEqualTo("user_2abc");
    assertThat(server.hits.get()).isEqualTo(1);
  }

  @Test
  @DisplayName("a token without kid is tried against the keys of its algorithm")
  void noKid(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("rsa-1", rsa)).await();
    TokenVerifier verifier = TokenVerifier.create(vertx, server.config(null), null).await();
    JsonObject claims = TestKeys.claims("u", 300);
    assertThat(verifier.verify(TestKeys.sign("RS256", rsa.getPrivate(), null, claims)).await()
        .userId()).isEqualTo("u");
    assertThat(reason(verifier, TestKeys.sign("ES256", ec.getPrivate(), null, claims)))
        .isEqualTo("unsupported algorithm");
  }

  @Test
  @DisplayName("forged, unsigned, expired and alg-confused tokens are rejected")
  void rejections(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("rsa-1", rsa)).await();
    TokenVerifier verifier = TokenVerifier.create(vertx, server.config(null), null).await();
    JsonObject claims = TestKeys.claims("u", 300);
    assertThat(reason(verifier, TestKeys.sign("RS256", stranger.getPrivate(), "rsa-1", claims)))
        .isEqualTo("bad signature");
    assertThat(reason(verifier, TestKeys.unsigned(claims))).isEqualTo("unsigned token");
    assertThat(reason(verifier, TestKeys.sign("RS256", rsa.getPrivate(), "rsa-1",
        TestKeys.claims("u", -600)))).isEqualTo("token expired");
    // HS256 keyed with the RSA public key's bytes: the classic algorithm-confusion forgery
    String publicAsSecret = Base64.getEncoder().encodeToString(rsa.getPublic().getEncoded());
    String confused = TokenMinter.sign(publicAsSecret, claims);
    assertThat(reason(verifier, confused)).isEqualTo("unsupported algorithm");
    String header = new JsonObject().put("alg", "HS256").put("kid", "rsa-1").encode();
    String confusedWithKid = TestKeys.b64(header) + confused.substring(confused.indexOf('.'));
    assertThat(reason(verifier, confusedWithKid)).isEqualTo("algorithm does not match key");
  }

  @Test
  @DisplayName("a JWK that cannot be used is skipped but counted, and the rest still load")
  void skipsBadKeys(Vertx vertx) {
    JsonObject broken = new JsonObject().put("kty", "RSA").put("kid", "broken")
        .put("n", "%%%").put("e", "AQAB");
    JsonObject encryption = TestKeys.rsaJwk("enc-1", stranger).put("use", "enc");
    JsonObject okp = new JsonObject().put("kty", "OKP").put("crv", "Ed25519").put("x", "AAAA");
    JwksServer server = JwksServer.start(
        vertx, broken, TestKeys.rsaJwk("rsa-1", rsa), encryption, okp).await();
    TokenVerifier verifier = TokenVerifier.create(vertx, server.config(null), null).await();
    assertThat(verifier.keyCount()).isEqualTo(1);
    assertThat(verifier.skippedKeyCount()).isEqualTo(3);
    JsonObject claims = TestKeys.claims("u", 300);
    assertThat(verifier.verify(TestKeys.sign("RS256", rsa.getPrivate(), "rsa-1", claims)).await()
        .userId()).isEqualTo("u");
  }

  @Test
  @DisplayName("create fails, naming the cause, when zero usable keys load")
  void zeroKeys(Vertx vertx) {
    JsonObject broken = new JsonObject().put("kty", "RSA").put("kid", "broken")
        .put("n", "%%%").put("e", "AQAB");
    JwksServer server = JwksServer.start(vertx, broken).await();
    assertThatThrownBy(() -> TokenVerifier.create(vertx, server.config(null), null).await())
        .hasMessageContaining("refusing to start")
        .hasMessageContaining("no usable signing key")
        .hasMessageContaining("1 skipped");
    JwksServer empty = JwksServer.start(vertx).await();
    assertThatThrownBy(() -> TokenVerifier.create(vertx, empty.config(null), null).await())
        .hasMessageContaining("no usable signing key");
  }

  @Test
  @DisplayName("create fails when the JWKS endpoint answers an error or is unreachable")
  void endpointDownAtStart(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("rsa-1", rsa)).await();
    server.down.set(true);
    assertThatThrownBy(() -> TokenVerifier.create(vertx, server.config(null), null).await())
        .hasMessageContaining("HTTP 503");
    AuthConfig nowhere = new AuthConfig(
        "jwks", null, "http://127.0.0.1:1/jwks.json", null, null, null, null, null);
    assertThatThrownBy(() -> TokenVerifier.create(vertx, nowhere, null).await())
        .hasMessageContaining("refusing to start");
  }
}
