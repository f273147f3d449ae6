package com.betterbros.props.eval;

import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * Storage of finished backtests (PostgreSQL or memory, same contract): each one's document (schema
 * {@code Backtest}) and its bets in book order, written once, together. Backtests are user-owned:
 * every read of one and the delete take the user id and never touch another user's; a null user id
 * means any owner (an admin's request).
 */
public interface BacktestRepository {

  /** A stored backtest: its id, owner, creation time and document. */
  record Stored(String id, String userId, Instant createdAt, JsonObject document) {}

  /** Stores a backtest with its bets, atomically; a duplicate id fails. */
  Future<Void> save(Stored backtest, List<JsonObject> bets);

  /** The user's backtest, or null (also when it belongs to someone else). */
  Future<Stored> find(String id, String userId);

  /** One page of the user's backtests' documents, each with its owner's user_id, newest first, then by id. */
  Future<Page<JsonObject>> list(String userId, int limit, int offset);

  /** One page of the user's backtest's bets in book order; null when the backtest is not the user's. */
  Future<Page<JsonObject>> bets(String id, String userId, int limit, int offset);

  /** Deletes the user's backtest with its bets; false when there is none of the user's. */
  Future<Boolean> delete(String id, String userId);
}
