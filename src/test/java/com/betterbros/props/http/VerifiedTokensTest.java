package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.auth.AuthConfig;
import com.betterbros.props.auth.AuthFailure;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.auth.TokenVerifier;
import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VerifiedTokens remembers an accepted JWT for at most a second and never past its exp")
class VerifiedTokensTest {

  private static final String SECRET = "verified-tokens-test-secret-0123456789abcdef";
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
  private final AtomicLong epoch = new AtomicLong(System.currentTimeMillis() / 1000);
  private Vertx vertx;
  private VerifiedTokens tokens;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    TokenVerifier verifier = Await.result(TokenVerifier.create(vertx,
        new AuthConfig("hs256", SECRET, null, null, null, null, null, null), null));
    tokens = new VerifiedTokens(verifier, 2, SECOND, 0, nanos::get, epoch::get);
  }

  @AfterEach
  void stop() {
    Await.result(vertx.close());
  }

  private static String token(String sub) {
    return TokenMinter.mint(SECRET, sub, Tier.PRO, Duration.ofHours(1), null, null);
  }

  @Test
  @DisplayName("within the second the same principal comes back unverified; after it the verifier runs again")
  void rememberedForOneSecond() {
    String t = token("alice");
    Principal first = Await.result(tokens.verify(t));
    nanos.addAndGet(SECOND - 1);
    assertThat(Await.result(tokens.verify(t))).isSameAs(first);
    nanos.addAndGet(1);
    Principal again = Await.result(tokens.verify(t));
    assertThat(again).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  @DisplayName("a remembered token past its exp is not used from memory; refusals are never remembered")
  void expAndRefusals() {
    long now = System.currentTimeMillis() / 1000;
    String shortLived = TokenMinter.sign(SECRET, new JsonObject().put("sub", "bob").put("tier", "pro")
        .put("iat", now).put("exp", now + 30));
    Principal first = Await.result(tokens.verify(shortLived));
    epoch.set(now + 30);  // this memory's clock says exp passed; the verifier's real clock does not yet
    assertThat(Await.result(tokens.verify(shortLived))).isNotSameAs(first);

    String good = token("carol");
    int at = good.lastIndexOf('.') + 5;  // a signature character in the middle of the signature
    String forged = good.substring(0, at) + (good.charAt(at) == 'A' ? 'B' : 'A') + good.substring(at + 1);
    assertThat(Await.failure(tokens.verify(forged))).isInstanceOf(AuthFailure.class);
    assertThat(Await.failure(tokens.verify(forged))).isInstanceOf(AuthFailure.class);
    assertThat(tokens.size()).isEqualTo(1);
  }

  @Test
  @DisplayName("at most maxEntries tokens are kept, and none longer than MAX_KEPT_CHARS")
  void bounded() {
    for (String sub : new String[] {"a", "b", "c"}) {
      Await.result(tokens.verify(token(sub)));
    }
    assertThat(tokens.size()).isEqualTo(2);
    String padded = TokenMinter.mint(SECRET, "x".repeat(VerifiedTokens.MAX_KEPT_CHARS), Tier.PRO,
        Duration.ofHours(1), null, null);
    Principal p = Await.result(tokens.verify(padded));
    assertThat(Await.result(tokens.verify(padded))).isNotSameAs(p);
  }
}
