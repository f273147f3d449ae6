package com.betterbros.props.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.access.core.AccessCheck;
import com.betterbros.props.access.core.AccessLevel;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.auth.AuthFailure;
import com.betterbros.props.auth.Hs256Jws;
import com.betterbros.props.auth.Tier;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bus tokens and the matrix's checks of a caller")
class BusTokensTest {

  private static final BusSecret SECRET = BusSecret.from(Base64.getEncoder().encodeToString(
      "bus-tokens-test-secret-0123456789abcdef".getBytes()), true);
  private static final BusTokens TOKENS = new BusTokens(SECRET);
  private static final Caller ALICE = Caller.user("alice", Tier.PRO, false, false);
  private static final Caller FREE_SERVICE = new Caller("scores", Tier.FREE, Caller.Kind.SERVICE, false, false, false);
  private static final Caller ON_BEHALF = new Caller("crm", Tier.PRO, Caller.Kind.SERVICE, false, false, true);
  private static final Caller NODE = new Caller("node:1", Tier.ENTERPRISE, Caller.Kind.NODE, true, true, false);

  @Test
  @DisplayName("a minted token verifies back to the same caller, kind, role and on_behalf included")
  void roundTrip() {
    for (Caller c : new Caller[] {ALICE, FREE_SERVICE, ON_BEHALF, NODE,
        Caller.user("root", Tier.FREE, false, true)}) {
      assertThat(TOKENS.verify(TOKENS.tokenFor(c))).isEqualTo(c);
    }
    assertThat(TOKENS.tokenFor(ALICE)).isSameAs(TOKENS.tokenFor(ALICE)); // cached
  }

  @Test
  @DisplayName("another key, expiry, a foreign issuer, a missing kind or tier, alg none: refused with the reason")
  void refusals() {
    byte[] key = SECRET.key();
    BusTokens other = new BusTokens(BusSecret.from(null, false));
    assertThatThrownBy(() -> other.verify(TOKENS.tokenFor(ALICE))).isInstanceOf(AuthFailure.class)
        .hasMessageContaining("bad signature");
    assertThatThrownBy(() -> TOKENS.verify(BusTokens.mint(key, ALICE, Duration.ofSeconds(-120))))
        .hasMessageContaining("expired");
    long now = System.currentTimeMillis() / 1000;
    JsonObject good = new JsonObject().put("iss", BusTokens.ISSUER).put("sub", "x").put("tier", "pro")
        .put("kind", "user").put("exp", now + 60);
    assertThat(TOKENS.verify(Hs256Jws.sign(key, good)).subject()).isEqualTo("x");
    assertThatThrownBy(() -> TOKENS.verify(Hs256Jws.sign(key, good.copy().put("iss", "someone"))))
        .hasMessageContaining("issuer");
    assertThatThrownBy(() -> TOKENS.verify(Hs256Jws.sign(key, good.copy().put("kind", "god"))))
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> TOKENS.verify(Hs256Jws.sign(key, good.copy().put("tier", "platinum"))))
        .hasMessageContaining("tier");
    assertThatThrownBy(() -> TOKENS.verify(Hs256Jws.sign(key, good.copy().put("exp", "soon"))))
        .hasMessageContaining("no exp");
    String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
        + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(good.encode().getBytes()) + ".";
    assertThatThrownBy(() -> TOKENS.verify(unsigned)).hasMessageContaining("unsigned");
  }

  @Test
  @DisplayName("levels: tiers are minimums, shared is enterprise or operator, internal is nodes and on-behalf services")
  void levels() {
    assertThat(AccessCheck.denial(AccessLevel.PRO, ALICE, "x")).isNull();
    assertThat(AccessCheck.denial(AccessLevel.PRO, FREE_SERVICE, "corr.service matrix"))
        .isEqualTo("corr.service matrix needs the pro tier or above");
    assertThat(AccessCheck.denial(AccessLevel.SHARED, ALICE, "POST /props/import"))
        .contains("enterprise tier or the operator role");
    assertThat(AccessCheck.denial(AccessLevel.SHARED, Caller.user("op", Tier.FREE, true, false), "x")).isNull();
    assertThat(AccessCheck.denial(AccessLevel.ADMIN, Caller.user("op", Tier.ENTERPRISE, true, false), "x"))
        .contains("admin role");
    assertThat(AccessCheck.denial(AccessLevel.INTERNAL, Caller.user("e", Tier.ENTERPRISE, true, true), "x"))
        .contains("nodes and on-behalf service tokens");
    assertThat(AccessCheck.denial(AccessLevel.INTERNAL, FREE_SERVICE, "x"))
        .as("a plain service token may not call internal actions (jobs progress, key lookups)")
        .contains("on-behalf service tokens");
    assertThat(AccessCheck.denial(AccessLevel.INTERNAL,
        new Caller("ingest", Tier.FREE, Caller.Kind.SERVICE, false, false, true), "x")).isNull();
    assertThat(AccessCheck.denial(AccessLevel.ENTERPRISE, NODE, "x")).isNull();
    assertThat(AccessCheck.allows(AccessLevel.FREE, null)).isFalse();
    assertThat(AccessCheck.allows(AccessLevel.NONE, null)).isTrue();
  }

  @Test
  @DisplayName("owners: a user acts only for itself; nodes, on-behalf services and admins for anyone or null")
  void owners() {
    assertThat(AccessCheck.ownerDenial(ALICE, true, "alice")).isNull();
    assertThat(AccessCheck.ownerDenial(ALICE, true, "bob")).contains("userId bob");
    assertThat(AccessCheck.ownerDenial(ALICE, true, null)).contains("null");
    assertThat(AccessCheck.ownerDenial(ALICE, false, null)).isNull();
    assertThat(AccessCheck.ownerDenial(FREE_SERVICE, true, "bob")).isNotNull();
    for (Caller anyone : new Caller[] {ON_BEHALF, NODE, Caller.user("root", Tier.FREE, false, true)}) {
      assertThat(AccessCheck.ownerDenial(anyone, true, "bob")).isNull();
      assertThat(AccessCheck.ownerDenial(anyone, true, null)).isNull();
    }
    assertThat(AccessCheck.tierDenial(ALICE, "pro")).isNull();
    assertThat(AccessCheck.tierDenial(ALICE, "enterprise")).isEqualTo("tier enterprise exceeds the token's tier pro");
    assertThat(AccessCheck.tierDenial(NODE, "enterprise")).isNull();
  }

  @Test
  @DisplayName("the bus secret: required when clustered, base64 of >= 32 bytes, no placeholders, never printed")
  void secret() {
    assertThatThrownBy(() -> BusSecret.from("", true)).hasMessageContaining("auth.bus_secret is required");
    assertThatThrownBy(() -> BusSecret.from("not base64 !!", false)).hasMessageContaining("base64");
    assertThatThrownBy(() -> BusSecret.from(Base64.getEncoder().encodeToString(new byte[16]), true))
        .hasMessageContaining("at least 32 bytes");
    assertThatThrownBy(() -> BusSecret.from("change-me-change-me-change-me-change-me-0000", true))
        .hasMessageContaining("placeholder");
    assertThat(BusSecret.from(null, false).generated()).isTrue();
    assertThat(BusSecret.from(null, false)).isNotEqualTo(BusSecret.from(null, false));
    assertThat(SECRET.toString()).doesNotContain(Base64.getEncoder().encodeToString(SECRET.key()));
  }
}
