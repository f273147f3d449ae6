package com.betterbros.props.auth;

import static com.betterbros.props.auth.TokenVerifierHs256Test.reason;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refetching the JWKS on an unknown kid. Keys: RSA-2048, SHA1PRNG seeds 31 (old), 32 (new). */
@ExtendWith(VertxExtension.class)
@DisplayName("TokenVerifier in jwks mode: key rotation")
class JwksRefreshTest {

  private static KeyPair oldKey;
  private static KeyPair newKey;

  @BeforeAll
  static void keys() {
    oldKey = TestKeys.rsa(31);
    newKey = TestKeys.rsa(32);
  }

  private static TokenVerifier verifier(Vertx vertx, JwksServer server, Duration minRefresh) {
    return TokenVerifier.create(vertx, server.config(minRefresh), null).await();
  }

  private static String token(KeyPair key, String kid) {
    return TestKeys.sign("RS256", key.getPrivate(), kid, TestKeys.claims("user-" + kid, 300));
  }

  @Test
  @DisplayName("after rotation a token with the new kid triggers one refetch and is accepted")
  void rotation(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("k-old", oldKey)).await();
    TokenVerifier verifier = verifier(vertx, server, Duration.ZERO);
    assertThat(verifier.verify(token(oldKey, "k-old")).await().userId()).isEqualTo("user-k-old");
    assertThat(server.hits.get()).isEqualTo(1);

    server.serve(TestKeys.rsaJwk("k-new", newKey));
    assertThat(verifier.verify(token(newKey, "k-new")).await().userId()).isEqualTo("user-k-new");
    assertThat(server.hits.get()).isEqualTo(2);
    assertThat(verifier.verify(token(newKey, "k-new")).await().userId()).isEqualTo("user-k-new");
    assertThat(server.hits.get()).as("a known kid needs no fetch").isEqualTo(2);

    // the retired key is gone after the refetch: its kid is unknown again, and stays unknown
    assertThat(reason(verifier, token(oldKey, "k-old"))).isEqualTo("unknown key id");
    assertThat(server.hits.get()).isEqualTo(3);
  }

  @Test
  @DisplayName("refetches are rate-limited to one per minimum interval")
  void rateLimited(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("k-old", oldKey)).await();
    TokenVerifier verifier = TokenVerifier.create(vertx, server.config(null), null).await();
    server.serve(TestKeys.rsaJwk("k-old", oldKey), TestKeys.rsaJwk("k-new", newKey));
    for (int i = 0; i < 5; i++) {
      assertThat(reason(verifier, token(newKey, "k-new"))).isEqualTo("unknown key id");
      assertThat(reason(verifier, token(newKey, "k-random-" + i))).isEqualTo("unknown key id");
    }
    assertThat(server.hits.get()).as("only the start-up fetch within 30 s").isEqualTo(1);
    assertThat(verifier.verify(token(oldKey, "k-old")).await().userId()).isEqualTo("user-k-old");
  }

  @Test
  @DisplayName("the limit lifts once the interval has passed")
  void intervalPasses(Vertx vertx) throws InterruptedException {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("k-old", oldKey)).await();
    AuthConfig cfg = server.config(Duration.ofMillis(300));
    TokenVerifier verifier = TokenVerifier.create(vertx, cfg, null).await();
    server.serve(TestKeys.rsaJwk("k-new", newKey));
    Thread.sleep(400);
    assertThat(verifier.verify(token(newKey, "k-new")).await().userId()).isEqualTo("user-k-new");
    assertThat(server.hits.get()).isEqualTo(2);
  }

  @Test
  @DisplayName("concurrent unknown-kid tokens share one refetch")
  void sharedRefetch(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("k-old", oldKey)).await();
    TokenVerifier verifier = verifier(vertx, server, Duration.ZERO);
    server.serve(TestKeys.rsaJwk("k-new", newKey));
    server.delayMs.set(300);
    List<Future<Principal>> all = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      all.add(verifier.verify(token(newKey, "k-new")));
    }
    Future.all(all).await();
    assertThat(all).allSatisfy(f -> assertThat(f.result().userId()).isEqualTo("user-k-new"));
    assertThat(server.hits.get()).isEqualTo(2);
  }

  @Test
  @DisplayName("when the endpoint is down at refresh the old keys stay in use")
  void keepsOldKeysWhenDown(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("k-old", oldKey)).await();
    TokenVerifier verifier = verifier(vertx, server, Duration.ZERO);
    server.down.set(true);
    assertThat(reason(verifier, token(newKey, "k-new"))).isEqualTo("unknown key id");
    assertThat(server.hits.get()).as("the refetch was attempted").isEqualTo(2);
    assertThat(verifier.keyCount()).isEqualTo(1);
    assertThat(verifier.verify(token(oldKey, "k-old")).await().userId()).isEqualTo("user-k-old");

    server.down.set(false);
    server.serve(TestKeys.rsaJwk("k-old", oldKey), TestKeys.rsaJwk("k-new", newKey));
    assertThat(verifier.verify(token(newKey, "k-new")).await().userId()).isEqualTo("user-k-new");
    assertThat(verifier.keyCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("a refetch that returns no usable key keeps the old keys")
  void keepsOldKeysOnEmptyJwks(Vertx vertx) {
    JwksServer server = JwksServer.start(vertx, TestKeys.rsaJwk("k-old", oldKey)).await();
    TokenVerifier verifier = verifier(vertx, server, Duration.ZERO);
    server.serve();
    assertThat(reason(verifier, token(newKey, "k-new"))).isEqualTo("unknown key id");
    assertThat(server.hits.get()).isEqualTo(2);
    assertThat(verifier.verify(token(oldKey, "k-old")).await().userId()).isEqualTo("user-k-old");
  }
}
