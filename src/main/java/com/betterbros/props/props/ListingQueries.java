package com.betterbros.props.props;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.platforms.FeedParser;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.core.Lifecycle;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropSort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A listing's filter ({@code GET /props}'s query, {@code props.service list}'s {@link PropFilter})
 * as the store's {@link PropQuery}: names validated (a bad value is a 400 naming its field),
 * platform and status one of the known ones, case folded. {@link #key} remembers the parse of each
 * raw query string the gateway sees (at most {@value #KEYS_KEPT}, least recently used dropped), so
 * a kept listing is found without parsing its query again; a query that fails is never remembered.
 */
final class ListingQueries {

  static final int KEYS_KEPT = 1_000;

  private static final Map<String, PropQuery> KEYS = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PropQuery> eldest) {
      return size() > KEYS_KEPT;
    }
  };

  private ListingQueries() {}

  /** The query of {@code filter} at {@code now}; throws the 400 of a bad field. */
  static PropQuery of(PropFilter filter, Instant now) {
    return parse(new QueryParams(filter == null ? null : filter.toJson()), now);
  }

  /**
   * The query of the raw query string {@code raw} (null: none), its "now" {@link Instant#EPOCH}:
   * remembered, else {@code filter}'s (the same parameters, decoded) parsed and remembered.
   */
  static PropQuery key(String raw, Supplier<PropFilter> filter) {
    String k = raw == null ? "" : raw;
    PropQuery key;
    synchronized (KEYS) {
      key = KEYS.get(k);
    }
    if (key == null) {
      key = of(filter.get(), Instant.EPOCH);
      synchronized (KEYS) {
        KEYS.put(k, key);
      }
    }
    return key;
  }

  /** {@code q} with {@code now} as its "now". */
  static PropQuery at(PropQuery q, Instant now) {
    return new PropQuery(q.platform(), q.sport(), q.statType(), q.player(), q.team(), q.gameId(), q.from(), q.to(),
        q.status(), q.limit(), q.offset(), q.oddsType(), now, q.sort());
  }

  private static PropQuery parse(QueryParams p, Instant now) {
    Instant from = p.instant("from", false);
    Instant to = p.instant("to", true);
    QueryParams.requireOrdered("from", from, to);
    return new PropQuery(
        p.oneOf("platform", FeedParser.platforms()),
        upper(p.string("sport")),
        lower(p.string("stat_type")),
        p.string("player"),
        upper(p.string("team")),
        p.string("game_id"),
        from,
        to,
        p.oneOf("status", Set.copyOf(Lifecycle.STATUSES)),
        p.limit(),
        p.offset(),
        lower(p.string("odds_type")),
        now,
        sort(p.string("sort")));
  }

  /** The listing's order: upcoming when absent; anything not in {@link PropSort#wires()} is a 400 naming sort. */
  static PropSort sort(String value) {
    if (value == null) {
      return PropSort.UPCOMING;
    }
    PropSort sort = PropSort.parse(value.toLowerCase());
    if (sort == null) {
      throw Failures.badRequest("sort", "sort must be one of " + PropSort.wires() + ", got '" + value + "'");
    }
    return sort;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase();
  }
}
