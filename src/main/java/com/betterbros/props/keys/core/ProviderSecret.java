package com.betterbros.props.keys.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider credential as stored: its owner, provider and name in clear, the secret only sealed
 * ({@link SecretBox}, AAD = owner and id).
 */
public record ProviderSecret(String id, String userId, String provider, String name, Sealed sealed,
    Instant createdAt) {

  public ProviderSecret {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sealed, "sealed");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The same credential sealed anew (master key rotation). */
  public ProviderSecret withSealed(Sealed resealed) {
    return new ProviderSecret(id, userId, provider, name, resealed, createdAt);
  }
}
