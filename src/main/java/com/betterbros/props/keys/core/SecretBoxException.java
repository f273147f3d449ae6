package com.betterbros.props.keys.core;

/** A sealed secret that does not open: tampered, moved to another owner or id, or under an unknown master key. */
public final class SecretBoxException extends RuntimeException {

  public SecretBoxException(String message) {
    super(message);
  }
}
