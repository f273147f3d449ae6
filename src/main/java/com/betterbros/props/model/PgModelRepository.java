package com.betterbros.props.model;

import com.betterbros.props.model.api.StoredModel;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Models in PostgreSQL ({@code models}); the payload is a bytea. */
public final class PgModelRepository implements ModelRepository {

  static final String COLUMNS =
      "id, model_type, feature_set_version, provenance, metrics, payload, created_at, is_production";
  static final String INSERT = "INSERT INTO models (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, false)";
  static final String FIND = "SELECT " + COLUMNS + " FROM models WHERE id = $1";
  static final String PRODUCTION = "SELECT " + COLUMNS + " FROM models WHERE is_production";
  static final String CLEAR = "UPDATE models SET is_production = false WHERE is_production AND id <> $1";
  static final String PROMOTE = "UPDATE models SET is_production = true WHERE id = $1";
  static final String LIST = "SELECT " + COLUMNS + " FROM models ORDER BY created_at DESC, id";

  private final Pool pool;

  public PgModelRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> save(StoredModel m) {
    return pool.preparedQuery(INSERT)
        .execute(Tuple.of(m.id(), m.modelType(), m.featureSetVersion(), m.provenance(), m.metrics(),
            Buffer.buffer(m.payload()), PgSql.timestamp(m.createdAt())))
        .mapEmpty();
  }

  @Override
  public Future<StoredModel> find(String id) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : model(rows.iterator().next()));
  }

  @Override
  public Future<StoredModel> production() {
    return pool.preparedQuery(PRODUCTION).execute()
        .map(rows -> rows.size() == 0 ? null : model(rows.iterator().next()));
  }

  /** Clears the old production flag and sets the new one in one transaction. */
  @Override
  public Future<Void> promote(String id) {
    return pool.withTransaction(conn -> conn.preparedQuery(CLEAR).execute(Tuple.of(id))
        .compose(v -> conn.preparedQuery(PROMOTE).execute(Tuple.of(id)))
        .compose(rows -> rows.rowCount() == 1 ? Future.<Void>succeededFuture()
            : Future.failedFuture(new IllegalArgumentException("unknown model id: " + id))));
  }

  @Override
  public Future<List<StoredModel>> list() {
    return pool.preparedQuery(LIST).execute().map(rows -> {
      List<StoredModel> out = new ArrayList<>(rows.size());
      rows.forEach(row -> out.add(model(row)));
      return out;
    });
  }

  private static StoredModel model(Row row) {
    return new StoredModel(
        row.getString("id"),
        row.getString("model_type"),
        row.getString("feature_set_version"),
        row.getJsonObject("provenance"),
        row.getJsonObject("metrics"),
        row.getBuffer("payload").getBytes(),
        PgSql.instant(row, "created_at"),
        row.getBoolean("is_production"));
  }
}
