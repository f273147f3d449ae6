package com.betterbros.props.whatif;

import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import com.betterbros.props.whatif.core.Scenario;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved scenarios in PostgreSQL (V7 migration, whatif_scenarios); every read filters by user id
 * (none when it is null: any owner).
 */
public final class PgWhatIfRepository implements WhatIfRepository {

  static final String COLUMNS = "id, user_id, name, kind, request, created_at";
  static final String INSERT = "INSERT INTO whatif_scenarios (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)";
  static final String FIND = "SELECT " + COLUMNS + " FROM whatif_scenarios"
      + " WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String LIST = "SELECT " + COLUMNS + " FROM whatif_scenarios WHERE ($1::text IS NULL OR user_id = $1)"
      + " ORDER BY created_at DESC, id LIMIT $2 OFFSET $3";
  static final String COUNT = "SELECT count(*) FROM whatif_scenarios WHERE ($1::text IS NULL OR user_id = $1)";
  static final String DELETE = "DELETE FROM whatif_scenarios WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";

  private final Pool pool;

  public PgWhatIfRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> create(Scenario s) {
    return pool.preparedQuery(INSERT).execute(Tuple.of(s.id(), s.userId(), s.name(), s.kind(), s.request(),
        PgSql.timestamp(s.createdAt()))).mapEmpty();
  }

  @Override
  public Future<Scenario> find(String id, String userId) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id, userId))
        .map(rows -> rows.size() == 0 ? null : scenario(rows.iterator().next()));
  }

  @Override
  public Future<Page<Scenario>> list(String userId, int limit, int offset) {
    Future<List<Scenario>> page = pool.preparedQuery(LIST).execute(Tuple.of(userId, limit, offset)).map(rows -> {
      List<Scenario> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(scenario(r)));
      return out;
    });
    Future<Long> total = pool.preparedQuery(COUNT).execute(Tuple.of(userId))
        .map(rows -> rows.iterator().next().getLong(0));
    return Future.all(page, total).map(all -> new Page<>(page.result(), total.result(), limit, offset));
  }

  @Override
  public Future<Boolean> delete(String id, String userId) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(id, userId)).map(rows -> rows.rowCount() == 1);
  }

  private static Scenario scenario(Row r) {
    return new Scenario(r.getString("id"), r.getString("user_id"), r.getString("name"), r.getString("kind"),
        r.getString("request"), PgSql.instant(r, "created_at"));
  }
}
