package com.betterbros.props.props;

import static com.betterbros.props.store.PgSql.instant;
import static com.betterbros.props.store.PgSql.timestamp;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropRows;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Props in PostgreSQL ({@code prop_markets}, {@code prop_line_history}), same contract as memory. */
public final class PgPropRepository implements PropRepository {

  /** Serialises concurrent upserts, so that classifying then writing cannot race. */
  static final long UPSERT_LOCK = 0x4242_5052_4f50L;
  static final int IDS_PER_LOOKUP = 5_000;

  static final String LOCK = "SELECT pg_advisory_xact_lock($1)";
  static final String KNOWN = "SELECT " + PgPropRows.COLUMNS + " FROM prop_markets WHERE id = ANY($1)";
  static final String INSERT_POINT =
      "INSERT INTO prop_line_history (prop_id, line, observed_at) VALUES ($1, $2, $3)";
  static final String BY_ID = "SELECT " + PgPropRows.COLUMNS + " FROM prop_markets WHERE id = $1";
  static final String HISTORY = "SELECT prop_id, line, observed_at FROM prop_line_history"
      + " WHERE prop_id = $1 ORDER BY observed_at, seq";
  static final String HISTORIES = "SELECT prop_id, line, observed_at FROM prop_line_history"
      + " WHERE prop_id = ANY($1) ORDER BY prop_id, observed_at, seq";
  static final String FIND = "SELECT " + PgPropRows.COLUMNS + " FROM prop_markets";
  static final String COUNT = "SELECT count(*) FROM prop_markets";
  static final String PAGE = " LIMIT $%d OFFSET $%d";
  static final String UNSETTLED = "SELECT " + PgPropRows.COLUMNS + " FROM prop_markets WHERE result IS NULL"
      + " AND start_time <= $1 AND (start_time, id) > ($2, $3) ORDER BY start_time, id LIMIT $4";
  static final String SETTLE = "UPDATE prop_markets SET result = $2, actual = $3, settled_at = $4"
      + " WHERE id = $1 AND result IS NULL";

  private final Pool pool;
  private final PgListingStamps stamps;

  /** A repository whose listings are never kept (tools, seeding, tests). */
  public PgPropRepository(Pool pool) {
    this(pool, Duration.ZERO);
  }

  /**
   * {@code listingMaxAge}: how long a listing may be kept without a change event ({@link PgListingStamps};
   * zero keeps none).
   */
  public PgPropRepository(Pool pool, Duration listingMaxAge) {
    this.pool = pool;
    this.stamps = new PgListingStamps(pool, listingMaxAge);
  }

  /** Valid until this node writes, another node's {@code props.events.changed}, a start time, or the max age. */
  @Override
  public Future<Optional<PropListingCache.Stamp>> listingStamp(Instant now) {
    return stamps.stamp(now);
  }

  @Override
  public void changed() {
    stamps.changed();
  }

  /** Inserts, updates or leaves each prop as {@link PropRepository#upsert} says, in one transaction. */
  @Override
  public Future<UpsertCounts> upsert(List<Prop> props, Instant observedAt) {
    List<Prop> rows;
    try {
      rows = PropRows.normalize(props, observedAt);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (rows.isEmpty()) {
      return Future.succeededFuture(new UpsertCounts(0, 0, 0));
    }
    List<String> ids = List.copyOf(new LinkedHashSet<>(rows.stream().map(Prop::id).toList()));
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK)
        .execute(Tuple.of(UPSERT_LOCK))
        .compose(locked -> known(conn, ids, 0, new HashMap<>()))
        .map(known -> PropRows.plan(rows, known, observedAt))
        .compose(plan -> write(conn, plan).map(plan.counts())))
        .onSuccess(counts -> {
          if (counts.inserted() + counts.updated() > 0) {
            stamps.changed();
          }
        });
  }

  /** The plan's inserts, then its updates, then its history points, in batches. */
  private static Future<Void> write(SqlConnection conn, PropRows.Plan plan) {
    List<Tuple> inserts = plan.inserts().stream().map(PgPropRows::tuple).toList();
    List<Tuple> updates = plan.updates().stream().map(PgPropRows::tuple).toList();
    List<Tuple> points = plan.points().stream()
        .map(p -> Tuple.of(p.propId(), p.line(), timestamp(p.observedAt())))
        .toList();
    return PgSql.batch(conn, PgPropRows.INSERT, inserts)
        .compose(v -> PgSql.batch(conn, PgPropRows.UPDATE, updates))
        .compose(v -> PgSql.batch(conn, INSERT_POINT, points));
  }

  /** One page of matching props in the query's order ({@link PgPropQueries#order}), with the count of all matches. */
  @Override
  public Future<Page<Prop>> find(PropQuery query) {
    try {
      PropRows.checkWindow(query);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    Tuple params = Tuple.tuple();
    String where = PgPropQueries.where(query, params);
    Tuple pageParams = Tuple.tuple();
    for (int i = 0; i < params.size(); i++) {
      pageParams.addValue(params.getValue(i));
    }
    String order = PgPropQueries.order(query, pageParams);
    pageParams.addInteger(query.limit()).addInteger(query.offset());
    String page = FIND + where + order + PAGE.formatted(pageParams.size() - 1, pageParams.size());
    Future<Long> total = pool.preparedQuery(COUNT + where).execute(params)
        .map(result -> result.iterator().next().getLong(0));
    Future<List<Prop>> items = pool.preparedQuery(page).execute(pageParams)
        .map(result -> {
          List<Prop> list = new ArrayList<>(result.size());
          result.forEach(row -> list.add(PgPropRows.prop(row)));
          return List.copyOf(list);
        });
    return Future.all(total, items)
        .map(done -> new Page<>(items.result(), total.result(), query.limit(), query.offset()));
  }

  @Override
  public Future<Map<String, Prop>> findByIds(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return pool.preparedQuery(KNOWN).execute(Tuple.tuple().addArrayOfString(ids.toArray(String[]::new)))
        .map(rows -> {
          Map<String, Prop> out = new HashMap<>();
          rows.forEach(row -> {
            Prop p = PgPropRows.prop(row);
            out.put(p.id(), p);
          });
          return out;
        });
  }

  /** The prop, or null. */
  @Override
  public Future<Prop> findById(String id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id))
        .map(result -> result.size() == 0 ? null : PgPropRows.prop(result.iterator().next()));
  }

  @Override
  public Future<Map<String, List<LinePoint>>> lineHistories(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    return pool.preparedQuery(HISTORIES).execute(Tuple.tuple().addArrayOfString(ids.toArray(String[]::new)))
        .map(rows -> {
          Map<String, List<LinePoint>> out = new HashMap<>();
          rows.forEach(row -> out.computeIfAbsent(row.getString("prop_id"), k -> new ArrayList<>())
              .add(new LinePoint(row.getString("prop_id"), row.getDouble("line"), instant(row, "observed_at"))));
          return out;
        });
  }

  /** The prop's line points ordered by observation time (ties in the order they were stored). */
  @Override
  public Future<List<LinePoint>> lineHistory(String propId) {
    return pool.preparedQuery(HISTORY).execute(Tuple.of(propId))
        .map(result -> {
          List<LinePoint> points = new ArrayList<>(result.size());
          result.forEach(row -> points.add(new LinePoint(
              row.getString("prop_id"), row.getDouble("line"), instant(row, "observed_at"))));
          return List.copyOf(points);
        });
  }

  private static Future<Map<String, PropRows.Known>> known(
      SqlConnection conn, List<String> ids, int start, Map<String, PropRows.Known> into) {
    if (start >= ids.size()) {
      return Future.succeededFuture(into);
    }
    int end = Math.min(ids.size(), start + IDS_PER_LOOKUP);
    String[] chunk = ids.subList(start, end).toArray(String[]::new);
    return conn.preparedQuery(KNOWN).execute(Tuple.tuple().addArrayOfString(chunk))
        .compose(result -> {
          result.forEach(row -> into.put(row.getString("id"), new PropRows.Known(PgPropRows.prop(row))));
          return known(conn, ids, end, into);
        });
  }

  /** Started props without an outcome after the cursor, in (start_time, id) order. */
  @Override
  public Future<List<Prop>> unsettled(Instant now, Instant afterStart, String afterId, int limit) {
    Instant start = afterStart == null ? Instant.parse("0001-01-01T00:00:00Z") : afterStart;
    return pool.preparedQuery(UNSETTLED)
        .execute(Tuple.of(timestamp(now), timestamp(start), afterId == null ? "" : afterId, limit))
        .map(result -> {
          List<Prop> list = new ArrayList<>(result.size());
          result.forEach(row -> list.add(PgPropRows.prop(row)));
          return List.copyOf(list);
        });
  }

  /** Records the outcomes in one transaction, each only on a prop that still has none. */
  @Override
  public Future<Integer> settle(Map<String, PropOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return Future.succeededFuture(0);
    }
    List<Tuple> rows = outcomes.entrySet().stream().map(e -> {
      PropOutcome o = PropRows.settledMicros(e.getValue());
      return Tuple.of(e.getKey(), o.result(), o.actual(), timestamp(o.settledAt()));
    }).toList();
    return pool.withTransaction(conn -> conn.preparedQuery(SETTLE).executeBatch(rows)
        .map(result -> {
          int n = 0;
          for (var r = result; r != null; r = r.next()) {
            n += r.rowCount();
          }
          return n;
        }))
        .onSuccess(n -> {
          if (n > 0) {
            stamps.changed();
          }
        });
  }
}
