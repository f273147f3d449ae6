package com.betterbros.props.props;

import static com.betterbros.props.store.PgSql.instant;
import static com.betterbros.props.store.PgSql.timestamp;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The listing stamps of {@link PgPropRepository} ({@link PropListingCache}), for a store that every
 * props node of the cluster writes. A stamp is a generation and the first start time after "now";
 * a new generation begins, with one small query for that start time ({@link #NEXT_START}), when
 * <ul>
 *   <li>this node wrote props ({@link #changed}, after the commit) or was told another did
 *       ({@code props.events.changed}, also {@link #changed});</li>
 *   <li>"now" reached the start time read (a prop stopped being open);</li>
 *   <li>{@code maxAge} passed since the read was answered (every page kept under it was read from
 *       the store after that), so a write no event announced (a lost event, a process outside the
 *       cluster) is listed within {@code maxAge}, plus one such query and the listing's own read.</li>
 * </ul>
 * A zero {@code maxAge} gives no stamp: every listing reads the store. Requests that need a new
 * generation while its query runs share it (and its failure). Thread-safe (the gateway's and the props verticle's
 * event loops both list); never blocks.
 */
final class PgListingStamps {

  static final String NEXT_START = "SELECT min(start_time) AS next_start FROM prop_markets WHERE start_time > $1";

  private static final Future<Optional<PropListingCache.Stamp>> NONE = Future.succeededFuture(Optional.empty());

  /**
   * One read: under change count {@code version}, done at {@code readNanos} (every page kept under it
   * was read from the store after that), valid on [asOf, nextStart).
   */
  private record Read(long generation, long version, long readNanos, Instant asOf, Instant nextStart) {

    Optional<PropListingCache.Stamp> at(Instant now) {
      return !now.isBefore(asOf) && now.isBefore(nextStart)
          ? Optional.of(new PropListingCache.Stamp(generation, nextStart)) : Optional.empty();
    }
  }

  private final Pool pool;
  private final long maxAgeNanos;
  private long version;
  private long generations;
  private Read current;
  private Future<Read> pending;
  private long pendingVersion;
  private Instant pendingAsOf;

  PgListingStamps(Pool pool, Duration maxAge) {
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must be >= 0, got " + maxAge);
    }
    this.pool = pool;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** Props may have changed (a write of this node, or another node's event): the next stamp is new. */
  synchronized void changed() {
    version++;
  }

  /**
   * The stamp for a listing at {@code now}; empty when caching is off or when a shared read began
   * after {@code now} (that listing reads the store). Fails as the store does when the read fails:
   * every listing waiting on it fails at once, without adding its own queries to a failing store.
   */
  Future<Optional<PropListingCache.Stamp>> stamp(Instant now) {
    if (maxAgeNanos == 0) {
      return NONE;
    }
    Future<Read> read;
    synchronized (this) {
      Read r = current;
      long t = System.nanoTime();
      if (r != null && r.version() == version && t - r.readNanos() < maxAgeNanos
          && !now.isBefore(r.asOf()) && now.isBefore(r.nextStart())) {
        return Future.succeededFuture(r.at(now));
      }
      if (pending == null || pending.isComplete() || pendingVersion != version || now.isBefore(pendingAsOf)) {
        pendingVersion = version;
        pendingAsOf = now;
        pending = read(version, now);
      }
      read = pending;
    }
    return read.map(r -> r.at(now));
  }

  private Future<Read> read(long atVersion, Instant now) {
    Future<Read> query = pool.preparedQuery(NEXT_START).execute(Tuple.of(timestamp(now))).map(rows -> {
      Instant next = instant(rows.iterator().next(), "next_start");
      synchronized (this) {
        Read r = new Read(++generations, atVersion, System.nanoTime(), now, next == null ? Instant.MAX : next);
        current = r;
        return r;
      }
    });
    query.onComplete(done -> {
      synchronized (this) {
        if (pending == query) {
          pending = null;
        }
      }
    });
    return query;
  }
}
