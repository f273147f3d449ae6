package com.betterbros.props.keys.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored access key: never the key, only its peppered hash and its first characters. {@code tier}
 * is the creator's tier when the key was made, the tier requests with it get; {@code expiresAt} and
 * {@code lastUsedAt} may be null.
 */
public record AccessKey(String id, String userId, String name, String hash, String prefix, List<Scope> scopes,
    String tier, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(prefix, "prefix");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the key has expired at {@code now} (a key without expiry never does). */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /**
   * Whether a use at {@code now} should be written as last_used_at: at most once a minute per key,
   * so a busy script costs one write a minute, not one per request.
   */
  public boolean touchDue(Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plusSeconds(60));
  }
}
