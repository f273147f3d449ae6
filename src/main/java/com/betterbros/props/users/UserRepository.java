package com.betterbros.props.users;

import com.betterbros.props.store.Page;
import com.betterbros.props.users.core.User;
import io.vertx.core.Future;

/** Storage of users (PostgreSQL or memory, same contract). */
public interface UserRepository {

  /**
   * Creates {@code sighting} as a new row (its active flag and times as given) or, when the id
   * exists, applies {@link User#seenAgain} atomically; replies with the row as stored now.
   *
   * @param profile true for a signed-in token: its tier and email (when not null) are recorded
   */
  Future<User> seen(User sighting, boolean profile);

  /** The user, or null. */
  Future<User> find(String id);

  /** Users newest first (created descending, then id); {@code active} null: all. */
  Future<Page<User>> list(Boolean active, int limit, int offset);

  /** Sets active; the row as stored now, or null when there is no such user. */
  Future<User> setActive(String id, boolean active);
}
