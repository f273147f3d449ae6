package com.betterbros.props.props;

import static com.betterbros.props.store.PgSql.instant;
import static com.betterbros.props.store.PgSql.timestamp;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.LineTerms;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropRows;
import com.betterbros.props.props.core.UpsertCounts;
import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Props in PostgreSQL ({@code prop_markets}, {@code prop_line_history}), same contract as memory. */
public final class PgPropRepository implements PropRepository {

  /** Serialises concurrent upserts, so that classifying then writing cannot race. */
  static final long UPSERT_LOCK = 0x4242_5052_4f50L;
  static final int IDS_PER_LOOKUP = 5_000;

  static final String COLUMNS = "id, platform, sport, external_id, player_id, player_name, team,"
      + " opponent, game_id, stat_type, line, start_time, status, p_true, updated_at,"
      + " player_external_id, odds_type, sides, over_multiplier, under_multiplier, result, actual, settled_at";
  static final String LOCK = "SELECT pg_advisory_xact_lock($1)";
  static final String KNOWN = "SELECT " + COLUMNS + " FROM prop_markets WHERE id = ANY($1)";
  static final String INSERT = "INSERT INTO prop_markets (id, platform, sport, external_id,"
      + " player_id, player_name, team, opponent, game_id, stat_type, line, start_time, status,"
      + " p_true, updated_at, player_name_lc, player_external_id, odds_type, sides, over_multiplier,"
      + " under_multiplier, result, actual, settled_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,"
      + " $20, $21, $22, $23, $24)";
  static final String UPDATE = "UPDATE prop_markets SET platform = $2, sport = $3,"
      + " external_id = $4, player_id = $5, player_name = $6, team = $7, opponent = $8,"
      + " game_id = $9, stat_type = $10, line = $11, start_time = $12, status = $13, p_true = $14,"
      + " updated_at = $15, player_name_lc = $16, player_external_id = $17, odds_type = $18,"
      + " sides = $19, over_multiplier = $20, under_multiplier = $21, result = $22, actual = $23,"
      + " settled_at = $24 WHERE id = $1";
  static final String INSERT_POINT =
      "INSERT INTO prop_line_history (prop_id, line, observed_at) VALUES ($1, $2, $3)";
  static final String BY_ID = "SELECT " + COLUMNS + " FROM prop_markets WHERE id = $1";
  static final String HISTORY = "SELECT prop_id, line, observed_at FROM prop_line_history"
      + " WHERE prop_id = $1 ORDER BY observed_at, seq";
  static final String HISTORIES = "SELECT prop_id, line, observed_at FROM prop_line_history"
      + " WHERE prop_id = ANY($1) ORDER BY prop_id, observed_at, seq";
  static final String FIND = "SELECT " + COLUMNS + " FROM prop_markets";
  static final String COUNT = "SELECT count(*) FROM prop_markets";
  static final String PAGE = " LIMIT $%d OFFSET $%d";
  static final String UNSETTLED = "SELECT " + COLUMNS + " FROM prop_markets WHERE result IS NULL"
      + " AND start_time <= $1 AND (start_time, id) > ($2, $3) ORDER BY start_time, id LIMIT $4";
  static final String SETTLE = "UPDATE prop_markets SET result = $2, actual = $3, settled_at = $4"
      + " WHERE id = $1 AND result IS NULL";

  private final Pool pool;

  public PgPropRepository(Pool pool) {
    this.pool = pool;
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
        .compose(plan -> write(conn, plan).map(plan.counts())));
  }

  /** The plan's inserts, then its updates, then its history points, in batches. */
  private static Future<Void> write(SqlConnection conn, PropRows.Plan plan) {
    List<Tuple> inserts = plan.inserts().stream().map(PgPropRepository::tuple).toList();
    List<Tuple> updates = plan.updates().stream().map(PgPropRepository::tuple).toList();
    List<Tuple> points = plan.points().stream()
        .map(p -> Tuple.of(p.propId(), p.line(), timestamp(p.observedAt())))
        .toList();
    return PgSql.batch(conn, INSERT, inserts)
        .compose(v -> PgSql.batch(conn, UPDATE, updates))
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
          result.forEach(row -> list.add(prop(row)));
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
            Prop p = prop(row);
            out.put(p.id(), p);
          });
          return out;
        });
  }

  /** The prop, or null. */
  @Override
  public Future<Prop> findById(String id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id))
        .map(result -> result.size() == 0 ? null : prop(result.iterator().next()));
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
          result.forEach(row -> into.put(row.getString("id"), new PropRows.Known(prop(row))));
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
          result.forEach(row -> list.add(prop(row)));
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
        }));
  }

  private static Tuple tuple(Prop p) {
    return Tuple.from(java.util.Arrays.asList(p.id(), p.platform(), p.sport(), p.externalId(), p.playerId(),
        p.playerName(), p.team(), p.opponent(), p.gameId(), p.statType(), p.line(), timestamp(p.startTime()),
        p.status(), p.trueProbOver(), timestamp(p.updatedAt()), PropRows.fold(p.playerName()),
        p.playerExternalId(), p.terms().oddsType(), p.terms().sides(), p.terms().overMultiplier(),
        p.terms().underMultiplier(), p.outcome() == null ? null : p.outcome().result(),
        p.outcome() == null ? null : p.outcome().actual(),
        p.outcome() == null ? null : timestamp(p.outcome().settledAt())));
  }

  private static Prop prop(Row row) {
    return new Prop(row.getString("id"), row.getString("platform"), row.getString("sport"),
        row.getString("external_id"), row.getString("player_id"), row.getString("player_name"),
        row.getString("team"), row.getString("opponent"), row.getString("game_id"),
        row.getString("stat_type"), row.getDouble("line"), instant(row, "start_time"),
        row.getString("status"), row.getDouble("p_true"), instant(row, "updated_at"),
        row.getString("player_external_id"), new LineTerms(row.getString("odds_type"), row.getString("sides"),
            row.getDouble("over_multiplier"), row.getDouble("under_multiplier")),
        row.getString("result") == null ? null
            : new PropOutcome(row.getString("result"), row.getDouble("actual"), instant(row, "settled_at")));
  }
}
