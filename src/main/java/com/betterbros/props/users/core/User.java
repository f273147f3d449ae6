package com.betterbros.props.users.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A user as stored: the token's {@code sub}, the email and tier of the last token seen, whether an
 * admin left the account active, when it was first and last seen.
 *
 * @param id the token's {@code sub}
 * @param email the last email claim seen, or null when no token carried one
 * @param tier the last tier seen, lower case ({@code free}, {@code pro}, {@code enterprise})
 * @param active false once an admin deactivated the account (every request is then a 403)
 * @param created the first sighting
 * @param lastSeen the latest recorded sighting (gateways record one per user at most once per cache refresh)
 */
public record User(String id, String email, String tier, boolean active, Instant created, Instant lastSeen) {

  /** Requires an id, a tier and both times. */
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }

  /** A first sighting: active, created and last seen at {@code at}. */
  public static User firstSeen(String id, String email, String tier, Instant at) {
    return new User(id, email, tier, true, at, at);
  }

  /**
   * This row after another sighting: with {@code profile} (a signed-in token) the sighting's tier
   * and, when it has one, email replace the stored ones; last_seen only moves forward; active
   * never changes.
   */
  public User seenAgain(User sighting, boolean profile) {
    String newTier = profile ? sighting.tier : tier;
    String newEmail = profile && sighting.email != null ? sighting.email : email;
    Instant seen = sighting.lastSeen.isAfter(lastSeen) ? sighting.lastSeen : lastSeen;
    return new User(id, newEmail, newTier, active, created, seen);
  }

  /** This row with {@code active} set. */
  public User withActive(boolean value) {
    return new User(id, email, tier, value, created, lastSeen);
  }
}
