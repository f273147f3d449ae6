package com.betterbros.props.props;

import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.UpsertCounts;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Storage of props and their line history (PostgreSQL or in-memory, same contract). */
public interface PropRepository extends PropReader {

  /**
   * Inserts new props and updates known ones, atomically. A new prop, or a known prop whose line
   * changed, gets a line-history point at {@code observedAt}; a prop whose line and status are
   * unchanged is left as it is (so re-importing the same feed changes nothing).
   */
  Future<UpsertCounts> upsert(List<Prop> props, Instant observedAt);

  /** The line history of a prop, oldest first (empty for an unknown id). */
  Future<List<LinePoint>> lineHistory(String propId);

  /**
   * Up to {@code limit} props that have started at {@code now} (start time at or before it) and
   * carry no outcome, in (start time, id) order after the cursor ({@code afterStart},
   * {@code afterId}; both null to begin): what the settlement pass looks at.
   */
  Future<List<Prop>> unsettled(Instant now, Instant afterStart, String afterId, int limit);

  /** Records these outcomes on the props that still have none; the number recorded. */
  Future<Integer> settle(Map<String, PropOutcome> outcomes);

  /**
   * The stamp under which a listing at {@code now} may be reused ({@link PropListingCache}); empty
   * (the default) when this store cannot tell. Never blocks (PostgreSQL may run one small query).
   */
  default Future<java.util.Optional<PropListingCache.Stamp>> listingStamp(Instant now) {
    return Future.succeededFuture(java.util.Optional.empty());
  }

  /**
   * Another node (its {@code props.events.changed}) says it wrote props: a store that keeps listing
   * stamps starts a new one. The default, for a store only this node writes, does nothing.
   */
  default void changed() {}
}
