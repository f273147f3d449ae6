package com.betterbros.props.props;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/** Storage of props and their line history (PostgreSQL or in-memory, same contract). */
public interface PropRepository {

  /**
   * Inserts new props and updates known ones, atomically. A new prop, or a known prop whose line
   * changed, gets a line-history point at {@code observedAt}; a prop whose line and status are
   * unchanged is left as it is (so re-importing the same feed changes nothing).
   */
  Future<UpsertCounts> upsert(List<Prop> props, Instant observedAt);

  /** One page of props matching the query, ordered by start time then id. */
  Future<Page<Prop>> find(PropQuery query);

  /** The prop with this id, or null. */
  Future<Prop> findById(String id);

  /** The props of these ids that exist, by id (one query, whatever the number of ids). */
  Future<java.util.Map<String, Prop>> findByIds(java.util.Collection<String> ids);

  /** The line history of a prop, oldest first (empty for an unknown id). */
  Future<List<LinePoint>> lineHistory(String propId);
}
