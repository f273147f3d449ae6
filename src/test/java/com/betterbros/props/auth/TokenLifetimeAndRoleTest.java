package com.betterbros.props.auth;

import static com.betterbros.props.auth.TestKeys.SECRET;
import static com.betterbros.props.auth.TokenVerifierHs256Test.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
@DisplayName("Token lifetime bound (auth.max_lifetime_seconds) and the operator role claim")
class TokenLifetimeAndRoleTest {

  private TokenVerifier verifier;
  private TokenVerifier nestedRole;
  private final long now = System.currentTimeMillis() / 1000;

  @BeforeEach
  void setUp(Vertx vertx) {
    verifier = TokenVerifier.create(vertx, config(null, Duration.ofHours(24)), null).await();
    nestedRole = TokenVerifier.create(vertx, config("app_metadata.role", Duration.ofHours(1)), null).await();
  }

  @Test
  @DisplayName("exp = 1e300 is refused as too long-lived, with or without iat")
  void hugeExp() {
    JsonObject withIat = new JsonObject().put("sub", "u").put("iat", now).put("exp", 1e300);
    assertThat(reason(verifier, TokenMinter.sign(SECRET, withIat))).isEqualTo("token lifetime exceeds 86400 s");
    JsonObject noIat = new JsonObject().put("sub", "u").put("exp", 1e300);
    assertThat(reason(verifier, TokenMinter.sign(SECRET, noIat))).isEqualTo("token lifetime exceeds 86400 s");
  }

  @Test
  @DisplayName("a token of exactly the maximum lifetime passes; one beyond it (plus skew) does not")
  void boundary() {
    JsonObject ok = new JsonObject().put("sub", "u").put("iat", now).put("exp", now + 86_400);
    assertThat(verifier.verify(TokenMinter.sign(SECRET, ok)).await().userId()).isEqualTo("u");
    JsonObject tooLong = new JsonObject().put("sub", "u").put("iat", now).put("exp", now + 86_400 + 31);
    assertThat(reason(verifier, TokenMinter.sign(SECRET, tooLong))).startsWith("token lifetime exceeds");
    // an old iat cannot stretch a token: exp - iat counts, not exp - now
    JsonObject backdated = new JsonObject().put("sub", "u").put("iat", now - 80_000).put("exp", now + 10_000);
    assertThat(reason(verifier, TokenMinter.sign(SECRET, backdated))).startsWith("token lifetime exceeds");
  }

  @Test
  @DisplayName("role: operator or admin (a string or one of an array) grants shared writes to a free token; other roles and tiers below enterprise do not")
  void operatorRole() {
    Principal op = verifier.verify(TokenMinter.sign(SECRET, TestKeys.claims("o", 60).put("role", "operator")))
        .await();
    assertThat(op.tier()).isEqualTo(Tier.FREE);
    assertThat(op.operator()).isTrue();
    assertThat(op.maySharedWrite()).isTrue();
    Principal admin = verifier.verify(TokenMinter.sign(SECRET, TestKeys.claims("a", 60).put("role", "admin")))
        .await();
    assertThat(admin.admin()).isTrue();
    assertThat(admin.maySharedWrite()).as("an admin is an operator too").isTrue();
    Principal listed = verifier.verify(TokenMinter.sign(SECRET, TestKeys.claims("l", 60)
        .put("role", new io.vertx.core.json.JsonArray().add("viewer").add("operator")))).await();
    assertThat(listed.operator()).isTrue();
    assertThat(listed.admin()).isFalse();
    Principal viewer = verifier.verify(TokenMinter.sign(SECRET, TestKeys.claims("v", 60).put("role", "viewer")))
        .await();
    assertThat(viewer.maySharedWrite()).isFalse();
    Principal pro = verifier.verify(TokenMinter.mint(SECRET, "p", Tier.PRO, Duration.ofMinutes(1), null, null))
        .await();
    assertThat(pro.maySharedWrite()).isFalse();
    Principal ent = verifier.verify(TokenMinter.mint(SECRET, "e", Tier.ENTERPRISE, Duration.ofMinutes(1), null, null))
        .await();
    assertThat(ent.maySharedWrite()).isTrue();
  }

  @Test
  @DisplayName("a configured dotted role claim is read from a nested object")
  void nestedRoleClaim() {
    JsonObject claims = TestKeys.claims("n", 60).put("app_metadata", new JsonObject().put("role", "operator"));
    assertThat(nestedRole.verify(TokenMinter.sign(SECRET, claims)).await().operator()).isTrue();
    assertThat(nestedRole.verify(TokenMinter.sign(SECRET, TestKeys.claims("n", 60).put("role", "operator")))
        .await().operator()).isFalse();
  }

  @Test
  @DisplayName("max_lifetime_seconds reads numbers and BB_* strings, refuses zero and garbage")
  void configParsing() {
    JsonObject json = new JsonObject().put("mode", "hs256").put("hs256_secret", SECRET);
    assertThat(AuthConfig.fromJson(json.copy()).maxLifetime()).isEqualTo(Duration.ofHours(24));
    assertThat(AuthConfig.fromJson(json.copy().put("max_lifetime_seconds", "3600")).maxLifetime())
        .isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> AuthConfig.fromJson(json.copy().put("max_lifetime_seconds", 0)))
        .hasMessageContaining("auth.max_lifetime_seconds");
    assertThatThrownBy(() -> AuthConfig.fromJson(json.copy().put("max_lifetime_seconds", "soon")))
        .hasMessageContaining("auth.max_lifetime_seconds");
    assertThat(AuthConfig.fromJson(json.copy()).roleClaim()).isEqualTo("role");
  }

  private static AuthConfig config(String roleClaim, Duration maxLifetime) {
    return new AuthConfig("hs256", SECRET, null, null, null, null, null, null, roleClaim, maxLifetime);
  }
}
