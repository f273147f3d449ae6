package com.betterbros.props.keys.core;

import java.util.Objects;

/**
 * One AES-256-GCM encryption as stored: the 96-bit nonce, the ciphertext with its 128-bit tag
 * appended, and the version of the master key that sealed it ({@link SecretBox#version()}).
 */
public record Sealed(byte[] nonce, byte[] ciphertext, String keyVersion) {

  public Sealed {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(keyVersion, "keyVersion");
    if (nonce.length != SecretBox.NONCE_BYTES) {
      throw new IllegalArgumentException("nonce must be " + SecretBox.NONCE_BYTES + " bytes");
    }
  }
}
