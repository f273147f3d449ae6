package com.betterbros.props.keys.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Access key format and hashing; keys drawn from SecureRandom (format checks hold for any draw). */
@DisplayName("AccessKeys makes bbp_ keys of 43 base62 characters and stores only SHA-256(pepper || key)")
class AccessKeysTest {

  private static final byte[] PEPPER = "pepper-for-tests-0123456789".getBytes(StandardCharsets.UTF_8);
  private final AccessKeys keys = new AccessKeys(PEPPER, new SecureRandom());

  @Test
  @DisplayName("1,000 keys are distinct, well formed, and their prefixes are bbp_ and four characters")
  void format() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String k = keys.generate();
      assertThat(k).matches("bbp_[0-9A-Za-z]{43}");
      assertThat(AccessKeys.wellFormed(k)).isTrue();
      assertThat(AccessKeys.shownPrefix(k)).hasSize(8).startsWith("bbp_");
      seen.add(k);
    }
    assertThat(seen).hasSize(1000);
    assertThat(AccessKeys.wellFormed("bbp_short")).isFalse();
    assertThat(AccessKeys.wellFormed("bbp_" + "!".repeat(43))).isFalse();
    assertThat(AccessKeys.wellFormed("eyJ" + "a".repeat(44))).isFalse();
  }

  @Test
  @DisplayName("base62 of zero and of 2^256-1 fill exactly 43 characters")
  void base62Bounds() {
    assertThat(AccessKeys.base62(new byte[32])).isEqualTo("0".repeat(43));
    byte[] max = new byte[32];
    java.util.Arrays.fill(max, (byte) 0xff);
    assertThat(AccessKeys.base62(max)).hasSize(43).doesNotStartWith("0");
  }

  @Test
  @DisplayName("the hash is SHA-256 hex, stable for a pepper, different under another pepper, and not the key")
  void hashing() throws Exception {
    String k = keys.generate();
    String h = keys.hash(k);
    assertThat(h).hasSize(64).matches("[0-9a-f]+").isEqualTo(keys.hash(k)).doesNotContain(k.substring(4));
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(PEPPER);
    assertThat(h).isEqualTo(java.util.HexFormat.of().formatHex(sha.digest(k.getBytes(StandardCharsets.UTF_8))));
    AccessKeys other = new AccessKeys("another-pepper-0123456789".getBytes(StandardCharsets.UTF_8), new SecureRandom());
    assertThat(other.hash(k)).isNotEqualTo(h);
  }

  @Test
  @DisplayName("read allows GET and HEAD only; all allows every method")
  void scopes() {
    assertThat(Scope.READ.allows("GET")).isTrue();
    assertThat(Scope.READ.allows("HEAD")).isTrue();
    assertThat(Scope.READ.allows("POST")).isFalse();
    assertThat(Scope.READ.allows("DELETE")).isFalse();
    assertThat(Scope.ALL.allows("DELETE")).isTrue();
    assertThat(Scope.parse(" Read ")).isEqualTo(Scope.READ);
    assertThat(Scope.parse("admin")).isNull();
  }
}
