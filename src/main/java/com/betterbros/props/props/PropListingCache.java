package com.betterbros.props.props;

import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.core.PropQuery;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Listing pages ({@code GET /props}) kept, with their encoded JSON, for as long as the store says
 * they cannot change: a page is reused while the repository's {@link Stamp} is the same, that is no
 * write since it was computed and no prop's start time passed in between (the only way "now"
 * changes a listing: a prop stops being open at its start). PostgreSQL, written by every props
 * node, gives stamps that also renew on other nodes' writes and after a max age ({@link PgListingStamps});
 * an empty stamp keeps nothing. At most {@code maxEntries} queries are kept, the least recently used
 * dropped first.
 */
final class PropListingCache {

  /**
   * What a listing depends on besides its query: the store's write count (PostgreSQL: its generation)
   * and the first start time after "now" (the instant from which the lifecycle statuses differ;
   * {@link Instant#MAX} if none).
   */
  record Stamp(long version, Instant nextStart) {}

  /**
   * A page and its JSON bytes, encoded once on first use into direct memory ({@link ResponseBytes})
   * and never modified: shared by every reader.
   */
  static final class Listing {
    private final PropPage page;
    private volatile Buffer bytes;

    Listing(PropPage page) {
      this.page = page;
    }

    PropPage page() {
      return page;
    }

    Buffer bytes() {
      Buffer b = bytes;
      if (b == null) {
        b = ResponseBytes.offHeap(page.toJson().toBuffer());
        bytes = b;
      }
      return b;
    }
  }

  private record Kept(Stamp stamp, Listing listing) {}

  private final Map<PropQuery, Kept> entries;

  PropListingCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<PropQuery, Kept> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /**
   * The listing of {@code query}: the kept one when {@code stamp} equals the one it was computed
   * under, else {@code compute}'s (kept under {@code stamp} when it succeeds). An empty stamp
   * always computes and keeps nothing.
   */
  Future<Listing> listing(PropQuery query, Optional<Stamp> stamp, Function<PropQuery, Future<PropPage>> compute) {
    return listing(ListingQueries.at(query, Instant.EPOCH), query, stamp, compute);
  }

  /**
   * {@link #listing(PropQuery, Optional, Function)} with the entry's key given: {@code query} with
   * "now" {@link Instant#EPOCH} ("now" is part of the stamp, not of the key: one entry per query,
   * whatever the clock reads).
   */
  Future<Listing> listing(PropQuery key, PropQuery query, Optional<Stamp> stamp,
      Function<PropQuery, Future<PropPage>> compute) {
    if (stamp.isEmpty()) {
      return compute.apply(query).map(Listing::new);
    }
    Kept kept;
    synchronized (entries) {
      kept = entries.get(key);
    }
    if (kept != null && kept.stamp().equals(stamp.get())) {
      return Future.succeededFuture(kept.listing());
    }
    return compute.apply(query).map(page -> {
      Listing listing = new Listing(page);
      synchronized (entries) {
        entries.put(key, new Kept(stamp.get(), listing));
      }
      return listing;
    });
  }

  /** Entries kept now (tests). */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
