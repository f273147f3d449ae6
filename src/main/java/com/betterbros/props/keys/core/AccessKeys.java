package com.betterbros.props.keys.core;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Access keys: {@code bbp_} + 32 random bytes in base62 (43 characters, since 62^43 > 2^256),
 * and the only form stored, SHA-256(pepper || key) in hex. The pepper is a server secret, so a
 * stolen table alone cannot be checked against guesses.
 */
public final class AccessKeys {

  public static final String PREFIX = "bbp_";
  /** Characters of the base62 body: 43 encode any 256-bit value. */
  public static final int BODY_LENGTH = 43;
  /** Characters of a key shown in lists: {@code bbp_} and the body's first four. */
  public static final int SHOWN_PREFIX = 8;
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(62);

  private final byte[] pepper;
  private final SecureRandom random;

  public AccessKeys(byte[] pepper, SecureRandom random) {
    if (pepper == null || pepper.length < 16) {
      throw new IllegalArgumentException("the pepper must be at least 16 bytes");
    }
    this.pepper = pepper.clone();
    this.random = random;
  }

  /** A new key: {@code bbp_} and 32 bytes of {@code random} in base62, left-padded with '0' to 43 characters. */
  public String generate() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + base62(bytes);
  }

  /** The stored form: lowercase hex of SHA-256(pepper || UTF-8 key). */
  public String hash(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(pepper);
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** Whether {@code token} has the shape of an access key (prefix, 43 base62 characters). */
  public static boolean wellFormed(String token) {
    if (token == null || token.length() != PREFIX.length() + BODY_LENGTH || !token.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < token.length(); i++) {
      if (ALPHABET.indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The first {@value #SHOWN_PREFIX} characters, which lists show to tell keys apart. */
  public static String shownPrefix(String key) {
    return key.substring(0, SHOWN_PREFIX);
  }

  static String base62(byte[] bytes) {
    BigInteger n = new BigInteger(1, bytes);
    StringBuilder out = new StringBuilder();
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    while (out.length() < BODY_LENGTH) {
      out.append('0');
    }
    return out.reverse().toString();
  }
}
