package com.betterbros.props.access;

import com.betterbros.props.auth.AuthConfig;
import com.betterbros.props.auth.KnownSecrets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs and verifies event-bus caller tokens ({@code auth.bus_secret}, base64 of at
 * least 32 bytes). Every member of a cluster must share it, so a clustered node refuses to start
 * without one; a single node makes a random one per process.
 *
 * @param key the raw key bytes
 * @param generated true when made at random for this process (not clustered, none configured)
 */
public record BusSecret(byte[] key, boolean generated) {

  /** Requires at least 32 bytes of key. */
  public BusSecret {
    if (key == null || key.length < AuthConfig.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("auth.bus_secret must be base64 of at least "
          + AuthConfig.MIN_SECRET_BYTES + " bytes");
    }
    key = key.clone();
  }

  /** The key bytes (a copy). */
  @Override
  public byte[] key() {
    return key.clone();
  }

  /**
   * Reads {@code auth.bus_secret}.
   *
   * @param base64 the configured value (null or blank: none)
   * @param clustered whether the node joins a cluster, where the secret is required
   * @throws IllegalArgumentException naming {@code auth.bus_secret} and what is wrong
   */
  public static BusSecret from(String base64, boolean clustered) {
    if (base64 == null || base64.isBlank()) {
      if (clustered) {
        throw new IllegalArgumentException("auth.bus_secret is required when cluster.enabled is true: every "
            + "member signs and checks event-bus tokens with it; generate one: head -c 32 /dev/urandom | base64");
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return new BusSecret(random, true);
    }
    if (KnownSecrets.isKnown(base64)) {
      throw new IllegalArgumentException("auth.bus_secret is a published example or placeholder secret that "
          + "anyone can mint bus tokens with; generate your own: head -c 32 /dev/urandom | base64");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("auth.bus_secret must be base64 (head -c 32 /dev/urandom | base64)");
    }
    if (key.length < AuthConfig.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("auth.bus_secret must decode to at least " + AuthConfig.MIN_SECRET_BYTES
          + " bytes (got " + key.length + ")");
    }
    return new BusSecret(key, false);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "BusSecret[" + (generated ? "random per process" : "configured") + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusSecret b && java.util.Arrays.equals(key, b.key) && generated == b.generated;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(key);
  }
}
