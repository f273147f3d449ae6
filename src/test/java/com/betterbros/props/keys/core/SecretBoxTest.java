package com.betterbros.props.keys.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of provider credentials; keys come from a seeded Random (seed 13), nonces from SecureRandom. */
@DisplayName("SecretBox seals provider secrets so that only the same owner, id and master key open them")
class SecretBoxTest {

  private static final byte[] SECRET = "odds-feed-key-0123456789".getBytes(StandardCharsets.UTF_8);
  private final Random seeded = new Random(13);
  private final SecretBox box = new SecretBox(key(), new SecureRandom());

  private byte[] key() {
    byte[] k = new byte[32];
    seeded.nextBytes(k);
    return k;
  }

  @Test
  @DisplayName("a sealed secret opens to the same bytes, and the ciphertext does not contain them")
  void roundTrip() {
    Sealed s = box.seal(SECRET, SecretBox.aad("alice", "c1"));
    assertThat(s.nonce()).hasSize(12);
    assertThat(s.ciphertext()).hasSize(SECRET.length + 16);
    assertThat(new String(s.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("odds-feed");
    assertThat(box.open(s, SecretBox.aad("alice", "c1"))).isEqualTo(SECRET);
    assertThat(s.keyVersion()).isEqualTo(box.version()).hasSize(16);
  }

  @Test
  @DisplayName("flipping any one bit of the ciphertext, tag or nonce makes opening fail")
  void flippedBits() {
    byte[] aad = SecretBox.aad("alice", "c1");
    Sealed s = box.seal(SECRET, aad);
    for (int bit = 0; bit < s.ciphertext().length * 8; bit++) {
      byte[] c = s.ciphertext().clone();
      c[bit / 8] ^= (byte) (1 << (bit % 8));
      Sealed tampered = new Sealed(s.nonce(), c, s.keyVersion());
      assertThatThrownBy(() -> box.open(tampered, aad)).isInstanceOf(SecretBoxException.class);
    }
    for (int bit = 0; bit < 96; bit++) {
      byte[] n = s.nonce().clone();
      n[bit / 8] ^= (byte) (1 << (bit % 8));
      Sealed tampered = new Sealed(n, s.ciphertext(), s.keyVersion());
      assertThatThrownBy(() -> box.open(tampered, aad)).isInstanceOf(SecretBoxException.class);
    }
  }

  @Test
  @DisplayName("a flipped AAD bit, a row moved to another user or another id fails to open")
  void otherAad() {
    Sealed s = box.seal(SECRET, SecretBox.aad("alice", "c1"));
    byte[] aad = SecretBox.aad("alice", "c1");
    aad[aad.length - 1] ^= 1;
    assertThatThrownBy(() -> box.open(s, aad)).isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open(s, SecretBox.aad("bob", "c1"))).isInstanceOf(SecretBoxException.class);
    assertThatThrownBy(() -> box.open(s, SecretBox.aad("alice", "c2"))).isInstanceOf(SecretBoxException.class);
    // length prefixes: ("ab","c") and ("a","bc") are different AADs
    assertThat(SecretBox.aad("ab", "c")).isNotEqualTo(SecretBox.aad("a", "bc"));
  }

  @Test
  @DisplayName("another master key has another version and cannot open the row")
  void otherMasterKey() {
    SecretBox other = new SecretBox(key(), new SecureRandom());
    Sealed s = box.seal(SECRET, SecretBox.aad("alice", "c1"));
    assertThat(other.version()).isNotEqualTo(box.version());
    assertThatThrownBy(() -> other.open(s, SecretBox.aad("alice", "c1"))).isInstanceOf(SecretBoxException.class)
        .hasMessageContaining("version");
    Sealed relabelled = new Sealed(s.nonce(), s.ciphertext(), other.version());
    assertThatThrownBy(() -> other.open(relabelled, SecretBox.aad("alice", "c1"))).isInstanceOf(SecretBoxException.class);
  }

  @Test
  @DisplayName("10^6 encryptions draw 10^6 distinct 96-bit nonces")
  void noNonceRepeats() {
    int n = 1_000_000;
    Set<ByteBuffer> nonces = new HashSet<>(2 * n);
    byte[] aad = SecretBox.aad("alice", "c1");
    byte[] one = {42};
    for (int i = 0; i < n; i++) {
      nonces.add(ByteBuffer.wrap(box.seal(one, aad).nonce()));
    }
    assertThat(nonces).hasSize(n);
  }

  @Test
  @DisplayName("a master key must be 32 bytes of base64; the message names the variable, never the value")
  void masterKeyParsing() {
    assertThat(SecretBox.masterKey(java.util.Base64.getEncoder().encodeToString(new byte[32]), "X")).hasSize(32);
    assertThatThrownBy(() -> SecretBox.masterKey("c2hvcnQ=", "BB_KEYS_MASTER_KEY"))
        .hasMessage("BB_KEYS_MASTER_KEY must decode to 32 bytes, got 5");
    assertThatThrownBy(() -> SecretBox.masterKey("not base64!", "BB_KEYS_MASTER_KEY"))
        .hasMessage("BB_KEYS_MASTER_KEY is not valid base64");
  }
}
