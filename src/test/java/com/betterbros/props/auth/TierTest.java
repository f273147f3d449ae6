package com.betterbros.props.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tier")
class TierTest {

  @Test
  @DisplayName("parse is case-insensitive and maps null, blank or unknown names to FREE")
  void parse() {
    assertThat(Tier.parse("pro")).isEqualTo(Tier.PRO);
    assertThat(Tier.parse("Enterprise")).isEqualTo(Tier.ENTERPRISE);
    assertThat(Tier.parse(" FREE ")).isEqualTo(Tier.FREE);
    assertThat(Tier.parse(null)).isEqualTo(Tier.FREE);
    assertThat(Tier.parse("")).isEqualTo(Tier.FREE);
    assertThat(Tier.parse("platinum")).isEqualTo(Tier.FREE);
  }

  @Test
  @DisplayName("atLeast follows FREE < PRO < ENTERPRISE")
  void atLeast() {
    assertThat(Tier.PRO.atLeast(Tier.FREE)).isTrue();
    assertThat(Tier.PRO.atLeast(Tier.PRO)).isTrue();
    assertThat(Tier.PRO.atLeast(Tier.ENTERPRISE)).isFalse();
    assertThat(Tier.FREE.atLeast(Tier.PRO)).isFalse();
    assertThat(Tier.ENTERPRISE.atLeast(Tier.PRO)).isTrue();
  }
}
