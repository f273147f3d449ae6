package com.betterbros.props.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AuthConfig")
class AuthConfigTest {

  @Test
  @DisplayName("an empty object gives dev mode with the default tier claim, refresh and skew")
  void defaults() {
    AuthConfig cfg = AuthConfig.fromJson(new JsonObject());
    assertThat(cfg.mode()).isEqualTo("dev");
    assertThat(cfg.tierClaim()).isEqualTo("tier");
    assertThat(cfg.jwksMinRefreshInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cfg.clockSkew()).isEqualTo(Duration.ofSeconds(30));
    assertThat(cfg.issuer()).isNull();
    assertThat(cfg.audience()).isNull();
    assertThat(AuthConfig.fromJson(null)).isEqualTo(cfg);
  }

  @Test
  @DisplayName("every documented key is read")
  void readsAllKeys() {
    AuthConfig cfg = AuthConfig.fromJson(new JsonObject()
        .put("mode", "jwks")
        .put("jwks_url", "https://example.clerk.accounts.dev/.well-known/jwks.json")
        .put("issuer", "https://example.clerk.accounts.dev")
        .put("audience", "props-api")
        .put("tier_claim", "public_metadata.tier")
        .put("jwks_min_refresh_seconds", 60)
        .put("clock_skew_seconds", 5));
    assertThat(cfg.jwksUrl()).endsWith("/jwks.json");
    assertThat(cfg.issuer()).isEqualTo("https://example.clerk.accounts.dev");
    assertThat(cfg.audience()).isEqualTo("props-api");
    assertThat(cfg.tierClaim()).isEqualTo("public_metadata.tier");
    assertThat(cfg.jwksMinRefreshInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(cfg.clockSkew()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  @DisplayName("an unknown mode is rejected naming auth.mode")
  void badMode() {
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("mode", "basic")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth.mode must be dev|hs256|jwks");
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("mode", 3)))
        .hasMessageContaining("auth.mode");
  }

  @Test
  @DisplayName("hs256 mode needs a secret of at least 32 bytes, named auth.hs256_secret")
  void hs256Secret() {
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("mode", "hs256")))
        .hasMessageContaining("auth.hs256_secret is required");
    assertThatThrownBy(() -> AuthConfig.fromJson(
            new JsonObject().put("mode", "hs256").put("hs256_secret", "a".repeat(31))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auth.hs256_secret must be at least 32 bytes (got 31)");
    AuthConfig ok = AuthConfig.fromJson(
        new JsonObject().put("mode", "hs256").put("hs256_secret", "a".repeat(32)));
    assertThat(ok.hs256Secret()).hasSize(32);
    assertThat(ok.toString()).contains("<redacted>").doesNotContain("a".repeat(32));
  }

  @Test
  @DisplayName("jwks mode needs an http(s) jwks_url, named auth.jwks_url")
  void jwksUrl() {
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("mode", "jwks")))
        .hasMessageContaining("auth.jwks_url is required when auth.mode is jwks");
    assertThatThrownBy(() -> AuthConfig.fromJson(
            new JsonObject().put("mode", "jwks").put("jwks_url", "file:///etc/jwks.json")))
        .hasMessageContaining("auth.jwks_url must be an http(s) URL");
    assertThatThrownBy(() -> AuthConfig.fromJson(
            new JsonObject().put("mode", "jwks").put("jwks_url", "http://bad host/x")))
        .hasMessageContaining("auth.jwks_url");
  }

  @Test
  @DisplayName("a blank tier claim, a negative duration or a non-string issuer name their key")
  void otherKeys() {
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("tier_claim", " ")))
        .hasMessageContaining("auth.tier_claim");
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("clock_skew_seconds", -1)))
        .hasMessageContaining("auth.clock_skew_seconds");
    assertThatThrownBy(
            () -> AuthConfig.fromJson(new JsonObject().put("jwks_min_refresh_seconds", "soon")))
        .hasMessageContaining("auth.jwks_min_refresh_seconds");
    assertThatThrownBy(() -> AuthConfig.fromJson(new JsonObject().put("issuer", 42)))
        .hasMessageContaining("auth.issuer");
  }
}
