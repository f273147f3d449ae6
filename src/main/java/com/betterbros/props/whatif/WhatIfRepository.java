package com.betterbros.props.whatif;

import com.betterbros.props.store.Page;
import com.betterbros.props.whatif.core.Scenario;
import io.vertx.core.Future;

/**
 * Storage of saved scenarios (PostgreSQL or memory, same contract). Scenarios are user-owned: every
 * read and the delete take the user id and never touch another user's; a null user id means any
 * owner (an admin's request).
 */
public interface WhatIfRepository {

  /** Stores a scenario; a duplicate id fails. */
  Future<Void> create(Scenario scenario);

  /** The user's scenario, or null (also when it belongs to someone else). */
  Future<Scenario> find(String id, String userId);

  /** One page of the user's scenarios, newest first, then by id. */
  Future<Page<Scenario>> list(String userId, int limit, int offset);

  /** Deletes the user's scenario; false when there is none of the user's. */
  Future<Boolean> delete(String id, String userId);
}
