package com.betterbros.props.context;

import com.betterbros.props.context.core.ContextRows;
import com.betterbros.props.context.core.Injury;
import com.betterbros.props.store.PgSql;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Injuries ({@code injuries}) and context documents ({@code context}, jsonb) in PostgreSQL. */
public final class PgContextRepository implements ContextRepository {

  static final String INJURY_COLUMNS =
      "player_id, player_name, team_id, start_date, end_date, status, description";
  static final String UPSERT_INJURY = "INSERT INTO injuries (" + INJURY_COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (player_id, start_date) DO UPDATE SET"
      + " player_name = EXCLUDED.player_name, team_id = EXCLUDED.team_id,"
      + " end_date = EXCLUDED.end_date, status = EXCLUDED.status,"
      + " description = EXCLUDED.description";
  static final String INJURIES_BY_KEY = "SELECT " + INJURY_COLUMNS + " FROM injuries"
      + " WHERE (player_id, start_date) IN (SELECT * FROM unnest($1::text[], $2::date[])) FOR UPDATE";
  static final String INJURIES = "SELECT " + INJURY_COLUMNS + " FROM injuries"
      + " WHERE ($1::text IS NULL OR team_id = $1)"
      + " AND ($2::date IS NULL OR (start_date <= $2 AND end_date >= $2))"
      + " ORDER BY start_date, player_id";
  static final String UPSERT_CONTEXT = "INSERT INTO context (kind, key, payload, updated_at)"
      + " VALUES ($1, $2, $3, now()) ON CONFLICT (kind, key) DO UPDATE SET"
      + " payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at";
  static final String CONTEXT = "SELECT payload FROM context WHERE kind = $1 AND key = $2";

  private final Pool pool;

  public PgContextRepository(Pool pool) {
    this.pool = pool;
  }

  /** Upserts injury spells keyed by (player id, start date) in one transaction. */
  @Override
  public Future<SaveCounts> saveInjuries(List<Injury> injuries) {
    List<Tuple> tuples;
    try {
      tuples = ContextRows.checked(injuries).stream()
          .map(i -> Tuple.of(i.playerId(), i.playerName(), i.teamId(), i.startDate(),
              i.endDate(), i.status(), i.description()))
          .toList();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (tuples.isEmpty()) {
      return Future.succeededFuture(new SaveCounts(0, 0, 0));
    }
    List<Injury> batch = ContextRows.checked(injuries);
    // (Object): two array parameters, not one array plus varargs
    Tuple keys = Tuple.of(batch.stream().map(Injury::playerId).toArray(String[]::new),
        (Object) batch.stream().map(Injury::startDate).toArray(LocalDate[]::new));
    // the batch's stored spells, locked for the transaction, then the upserts: counts that match the writes
    return pool.withTransaction(conn -> conn.preparedQuery(INJURIES_BY_KEY).execute(keys).compose(rows -> {
      List<Injury> stored = new ArrayList<>(rows.size());
      rows.forEach(row -> stored.add(injury(row)));
      return PgSql.batch(conn, UPSERT_INJURY, tuples).map(v -> ContextRows.counts(batch, stored));
    }));
  }

  /** Injuries of a team (null = all) covering a date (null = any), by start date then player id. */
  @Override
  public Future<List<Injury>> injuries(String teamId, LocalDate onDate) {
    return pool.preparedQuery(INJURIES).execute(Tuple.of(teamId, onDate))
        .map(rows -> {
          List<Injury> out = new ArrayList<>(rows.size());
          rows.forEach(row -> out.add(injury(row)));
          return List.copyOf(out);
        });
  }

  /** Stores (replaces) the document under (kind, key). */
  @Override
  public Future<Void> saveContext(String kind, String key, JsonObject payload) {
    try {
      ContextRows.checkDocument(kind, key, payload);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return pool.preparedQuery(UPSERT_CONTEXT).execute(Tuple.of(kind, key, payload)).mapEmpty();
  }

  /** The stored document, or null. */
  @Override
  public Future<JsonObject> context(String kind, String key) {
    return pool.preparedQuery(CONTEXT).execute(Tuple.of(kind, key))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getJsonObject("payload"));
  }

  private static Injury injury(Row r) {
    return new Injury(r.getString("player_id"), r.getString("player_name"), r.getString("team_id"),
        r.getLocalDate("start_date"), r.getLocalDate("end_date"), r.getString("status"),
        r.getString("description"));
  }
}
