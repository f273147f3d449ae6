package com.betterbros.props.auth;

import static com.betterbros.props.auth.TestKeys.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("TokenVerifier in hs256 mode")
class TokenVerifierHs256Test {

  private static final String ISS = "https://project.supabase.co/auth/v1";
  private static final String AUD = "authenticated";

  private Vertx vertx;
  private TokenVerifier plain;
  private TokenVerifier strict;

  @BeforeEach
  void setUp(Vertx vertx) {
    this.vertx = vertx;
    plain = TokenVerifier.create(vertx, config(null, null, "tier"), null).await();
    strict = TokenVerifier.create(vertx, config(ISS, AUD, "tier"), null).await();
  }

  @Test
  @DisplayName("a minted token is accepted with its sub, tier and claims")
  void acceptsMinted() {
    String token = TokenMinter.mint(SECRET, "user-1", Tier.PRO, Duration.ofMinutes(5), null, null);
    Principal p = plain.verify(token).await();
    assertThat(p.userId()).isEqualTo("user-1");
    assertThat(p.tier()).isEqualTo(Tier.PRO);
    assertThat(p.claims().getLong("exp") - p.claims().getLong("iat")).isEqualTo(300L);
  }

  @Test
  @DisplayName("the tier falls back to app_metadata.tier, then to FREE")
  void tierFallbacks() {
    JsonObject supabase = TestKeys.claims("u2", 60)
        .put("app_metadata", new JsonObject().put("tier", "Enterprise"));
    assertThat(plain.verify(TokenMinter.sign(SECRET, supabase)).await().tier())
        .isEqualTo(Tier.ENTERPRISE);
    JsonObject none = TestKeys.claims("u3", 60);
    assertThat(plain.verify(TokenMinter.sign(SECRET, none)).await().tier()).isEqualTo(Tier.FREE);
    JsonObject unknown = TestKeys.claims("u4", 60).put("tier", "gold");
    assertThat(plain.verify(TokenMinter.sign(SECRET, unknown)).await().tier())
        .isEqualTo(Tier.FREE);
  }

  @Test
  @DisplayName("a configured dotted tier claim reads a nested object")
  void nestedTierClaim() {
    TokenVerifier clerk =
        TokenVerifier.create(vertx, config(null, null, "public_metadata.plan"), null).await();
    JsonObject claims = TestKeys.claims("u5", 60)
        .put("tier", "free")
        .put("public_metadata", new JsonObject().put("plan", "pro"));
    assertThat(clerk.verify(TokenMinter.sign(SECRET, claims)).await().tier()).isEqualTo(Tier.PRO);
  }

  @Test
  @DisplayName("expiry: rejected past exp + skew, accepted within the 30 s skew, exp required")
  void expiry() {
    assertThat(reason(plain, TokenMinter.sign(SECRET, TestKeys.claims("u", -120))))
        .isEqualTo("token expired");
    assertThat(plain.verify(TokenMinter.sign(SECRET, TestKeys.claims("u", -10))).await().userId())
        .isEqualTo("u");
    JsonObject noExp = new JsonObject().put("sub", "u").put("iat", 1_700_000_000L);
    assertThat(reason(plain, TokenMinter.sign(SECRET, noExp))).isEqualTo("token has no exp claim");
    JsonObject textExp = new JsonObject().put("sub", "u").put("exp", "tomorrow");
    assertThat(reason(plain, TokenMinter.sign(SECRET, textExp))).isEqualTo("malformed token");
  }

  @Test
  @DisplayName("nbf in the future and a missing sub are rejected")
  void nbfAndSub() {
    long now = System.currentTimeMillis() / 1000;
    JsonObject early = TestKeys.claims("u", 3600).put("nbf", now + 600);
    assertThat(reason(plain, TokenMinter.sign(SECRET, early))).isEqualTo("token not yet valid");
    JsonObject noSub = TestKeys.claims("u", 60);
    noSub.remove("sub");
    assertThat(reason(plain, TokenMinter.sign(SECRET, noSub))).isEqualTo("token has no sub claim");
  }

  @Test
  @DisplayName("another secret or an edited payload is a bad signature")
  void badSignature() {
    String other = TokenMinter.mint(
        "another-secret-0123456789-abcdefghijkl", "u", Tier.PRO, Duration.ofMinutes(5), null, null);
    assertThat(reason(plain, other)).isEqualTo("bad signature");
    String good = TokenMinter.mint(SECRET, "u", Tier.FREE, Duration.ofMinutes(5), null, null);
    String[] parts = good.split("\\.");
    String forged = parts[0] + "." + TestKeys.b64(TestKeys.claims("admin", 60).encode()) + "."
        + parts[2];
    assertThat(reason(plain, forged)).isEqualTo("bad signature");
  }

  @Test
  @DisplayName("alg=none, two-segment and garbage tokens are rejected before any key is used")
  void unsigned() {
    JsonObject claims = TestKeys.claims("admin", 600).put("tier", "enterprise");
    assertThat(reason(plain, TestKeys.unsigned(claims))).isEqualTo("unsigned token");
    String twoSegments = TestKeys.unsigned(claims);
    assertThat(reason(plain, twoSegments.substring(0, twoSegments.length() - 1)))
        .isEqualTo("unsigned token");
    assertThat(reason(plain, "not-a-token")).isEqualTo("malformed token");
    assertThat(reason(plain, "")).isEqualTo("missing token");
  }

  @Test
  @DisplayName("issuer and audience are enforced when configured, and aud may be an array")
  void issuerAndAudience() {
    Duration ttl = Duration.ofMinutes(5);
    String good = TokenMinter.mint(SECRET, "u", Tier.PRO, ttl, ISS, AUD);
    assertThat(strict.verify(good).await().tier()).isEqualTo(Tier.PRO);
    assertThat(reason(strict, TokenMinter.mint(SECRET, "u", Tier.PRO, ttl, "https://evil", AUD)))
        .isEqualTo("issuer mismatch");
    assertThat(reason(strict, TokenMinter.mint(SECRET, "u", Tier.PRO, ttl, ISS, "other")))
        .isEqualTo("audience mismatch");
    assertThat(reason(strict, TokenMinter.mint(SECRET, "u", Tier.PRO, ttl, null, null)))
        .isEqualTo("issuer mismatch");
    JsonObject multi = TestKeys.claims("u", 60)
        .put("iss", ISS)
        .put("aud", new JsonArray().add("x").add(AUD));
    assertThat(strict.verify(TokenMinter.sign(SECRET, multi)).await().userId()).isEqualTo("u");
  }

  @Test
  @DisplayName("dev mode verifies with the generated secret and refuses to start without one")
  void devMode() {
    String secret = TokenMinter.randomSecret();
    assertThat(secret).hasSize(43);
    TokenVerifier dev = TokenVerifier.create(vertx, AuthConfig.dev(), secret).await();
    Duration ttl = Duration.ofHours(1);
    String token = TokenMinter.mint(secret, "dev", Tier.ENTERPRISE, ttl, null, null);
    assertThat(dev.verify(token).await().tier()).isEqualTo(Tier.ENTERPRISE);
    String foreign = TokenMinter.mint(SECRET, "dev", Tier.PRO, ttl, null, null);
    assertThat(reason(dev, foreign)).isEqualTo("bad signature");
    assertThatThrownBy(() -> TokenVerifier.create(vertx, AuthConfig.dev(), null).await())
        .hasMessageContaining("dev mode needs a generated secret");
  }

  static String reason(TokenVerifier verifier, String token) {
    Throwable err = verifier.verify(token).map(p -> (Throwable) null).otherwise(t -> t).await();
    assertThat(err).as("token should be rejected").isInstanceOf(AuthFailure.class);
    return err.getMessage();
  }

  private static AuthConfig config(String issuer, String audience, String tierClaim) {
    return new AuthConfig("hs256", SECRET, null, issuer, audience, tierClaim, null, null);
  }
}
