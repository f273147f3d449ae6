package com.betterbros.props.keys.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for provider credentials (NIST SP 800-38D): a fresh random 96-bit nonce per
 * {@link #seal}, a 128-bit tag, and the additional authenticated data of {@link #aad} (owner and
 * credential id), so a row moved to another user or id no longer opens. The data key is
 * HMAC-SHA256(master key, "betterbros-props provider credentials v1"), never the master key itself;
 * {@link #version()} is HMAC-SHA256(master key, "version")'s first 8 bytes in hex, stored on every row it sealed.
 * Thread-safe (a new Cipher per call).
 */
public final class SecretBox {

  /** GCM's recommended nonce length: 96 bits. */
  public static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] DATA_KEY_LABEL = "betterbros-props provider credentials v1".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec dataKey;
  private final String version;
  private final SecureRandom random;

  /** A box for a 32-byte master key. */
  public SecretBox(byte[] masterKey, SecureRandom random) {
    if (masterKey == null || masterKey.length != 32) {
      throw new IllegalArgumentException("the master key must be 32 bytes");
    }
    this.random = Objects.requireNonNull(random, "random");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
      this.dataKey = new SecretKeySpec(mac.doFinal(DATA_KEY_LABEL), "AES");
      this.version = HexFormat.of().formatHex(mac.doFinal(
          "version".getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** The master key's version: 16 hex digits derived from it (not reversible to the key). */
  public String version() {
    return version;
  }

  /** The AAD binding a ciphertext to its owner and credential id: both length-prefixed, so no two pairs collide. */
  public static byte[] aad(String userId, String credentialId) {
    byte[] u = userId.getBytes(StandardCharsets.UTF_8);
    byte[] c = credentialId.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(8 + u.length + c.length).putInt(u.length).put(u).putInt(c.length).put(c).array();
  }

  /** Encrypts {@code plaintext} with a new random nonce. */
  public Sealed seal(byte[] plaintext, byte[] aad) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad);
      return new Sealed(nonce, c.doFinal(plaintext), version);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM unavailable", e);
    }
  }

  /**
   * Decrypts and authenticates; any changed bit of ciphertext, tag, nonce or AAD fails.
   *
   * @throws SecretBoxException when the tag does not verify or the row was sealed under another key version
   */
  public byte[] open(Sealed sealed, byte[] aad) {
    if (!version.equals(sealed.keyVersion())) {
      throw new SecretBoxException("sealed under master key version " + sealed.keyVersion() + ", this box is " + version);
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
      c.updateAAD(aad);
      return c.doFinal(sealed.ciphertext());
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SecretBoxException("authentication failed (ciphertext, nonce or AAD changed)");
    } catch (GeneralSecurityException e) {
      throw new SecretBoxException("cannot decrypt: " + e.getClass().getSimpleName());
    }
  }

  /** A 32-byte master key from base64, or an exception naming {@code variable}. */
  public static byte[] masterKey(String base64, String variable) {
    byte[] key;
    try {
      key = java.util.Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + " is not valid base64");
    }
    if (key.length != 32) {
      throw new IllegalArgumentException(variable + " must decode to 32 bytes, got " + key.length);
    }
    return key;
  }
}
