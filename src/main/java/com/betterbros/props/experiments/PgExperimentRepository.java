package com.betterbros.props.experiments;

import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Experiments and holdout rows in PostgreSQL; every read filters by user id (none when it is null:
 * any owner).
 */
public final class PgExperimentRepository implements ExperimentRepository {

  static final String COLUMNS = "id, user_id, status, progress, request, metrics, baselines, error, model_id,"
      + " created_at, updated_at";
  static final String INSERT = "INSERT INTO experiments (" + COLUMNS + ", node_id)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
  /** One user's quota check at a time, cluster-wide: a transaction-scoped advisory lock on the user. */
  static final String QUOTA_LOCK = "SELECT pg_advisory_xact_lock(hashtext('experiments.quota'), hashtext($1))";
  static final String ACTIVE = "SELECT count(*) FROM experiments WHERE user_id = $1 AND status IN ('queued', 'running')";
  static final String COUNT_UNFINISHED = "SELECT count(*) FROM experiments WHERE node_id = $1"
      + " AND status IN ('queued', 'running')";
  static final String FAIL_INTERRUPTED = "UPDATE experiments SET status = 'failed', error = $2,"
      + " metrics = NULL, baselines = NULL, model_id = NULL, updated_at = $3"
      + " WHERE status IN ('queued', 'running') AND (node_id IS NULL OR NOT (node_id = ANY($1)))";
  static final String UPDATE = "UPDATE experiments SET status = $2, progress = $3, metrics = $4, baselines = $5,"
      + " error = $6, model_id = $7, updated_at = $8 WHERE id = $1 AND status IN ('queued', 'running')";
  static final String EXISTS = "SELECT 1 FROM experiments WHERE id = $1";
  static final String FIND = "SELECT " + COLUMNS + " FROM experiments WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String LIST = "SELECT " + COLUMNS + " FROM experiments WHERE ($1::text IS NULL OR user_id = $1)"
      + " AND ($2::text[] IS NULL OR id = ANY($2)) ORDER BY created_at DESC, id";
  static final String ROW_COLUMNS = "prop_id, player_id, stat_type, game_date, line, p_over, outcome, p_true";
  static final String INSERT_ROW = "INSERT INTO experiment_predictions (experiment_id, seq, " + ROW_COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
  static final String DELETE_ROWS = "DELETE FROM experiment_predictions WHERE experiment_id = $1";
  static final String ROWS = "SELECT " + ROW_COLUMNS + " FROM experiment_predictions WHERE experiment_id = $1"
      + " ORDER BY seq LIMIT $2 OFFSET $3";
  static final String COUNT_ROWS = "SELECT count(*) FROM experiment_predictions WHERE experiment_id = $1";

  private final Pool pool;

  public PgExperimentRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> create(Experiment e, String nodeId) {
    return pool.preparedQuery(INSERT).execute(insertTuple(e, nodeId)).mapEmpty();
  }

  private static Tuple insertTuple(Experiment e, String nodeId) {
    return Tuple.from(new Object[] {e.id(), e.userId(), e.status(), e.progress(), e.request(), e.metrics(),
        e.baselines(), e.error(), e.modelId(), PgSql.timestamp(e.createdAt()), PgSql.timestamp(e.updatedAt()), nodeId});
  }

  @Override
  public Future<Boolean> createWithinQuota(Experiment e, String nodeId, int quota) {
    return pool.withTransaction(conn -> conn.preparedQuery(QUOTA_LOCK).execute(Tuple.of(e.userId()))
        .compose(locked -> conn.preparedQuery(ACTIVE).execute(Tuple.of(e.userId())))
        .compose(rows -> rows.iterator().next().getLong(0) >= quota ? Future.succeededFuture(false)
            : conn.preparedQuery(INSERT).execute(insertTuple(e, nodeId)).map(true)));
  }

  @Override
  public Future<Integer> failInterrupted(Set<String> liveNodes, String reason, Instant at) {
    return pool.preparedQuery(FAIL_INTERRUPTED)
        .execute(Tuple.tuple().addArrayOfString(liveNodes.toArray(String[]::new)).addString(reason)
            .addValue(PgSql.timestamp(at)))
        .map(rows -> rows.rowCount());
  }

  @Override
  public Future<Long> countUnfinished(String nodeId) {
    return pool.preparedQuery(COUNT_UNFINISHED).execute(Tuple.of(nodeId))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  @Override
  public Future<Void> update(Experiment e) {
    return pool.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {e.id(), e.status(), e.progress(),
        e.metrics(), e.baselines(), e.error(), e.modelId(), PgSql.timestamp(e.updatedAt())}))
        .compose(rows -> rows.rowCount() == 1 ? Future.<Void>succeededFuture()
            : pool.preparedQuery(EXISTS).execute(Tuple.of(e.id())).compose(found -> found.size() == 1
                ? Future.<Void>succeededFuture() // finished already: never moved again
                : Future.failedFuture(new IllegalArgumentException("unknown experiment id: " + e.id()))));
  }

  @Override
  public Future<Experiment> find(String id, String userId) {
    return pool.preparedQuery(FIND).execute(Tuple.tuple().addString(id).addString(userId))
        .map(rows -> rows.size() == 0 ? null : experiment(rows.iterator().next()));
  }

  @Override
  public Future<List<Experiment>> list(String userId, List<String> ids) {
    String[] idArray = ids == null ? null : ids.toArray(String[]::new);
    return pool.preparedQuery(LIST).execute(Tuple.tuple().addString(userId).addArrayOfString(idArray)).map(rows -> {
      List<Experiment> out = new ArrayList<>(rows.size());
      rows.forEach(row -> out.add(experiment(row)));
      return out;
    });
  }

  @Override
  public Future<Void> savePredictions(String experimentId, List<HoldoutRow> rows) {
    List<Tuple> tuples = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      HoldoutRow r = rows.get(i);
      tuples.add(Tuple.from(new Object[] {experimentId, i, r.propId(), r.playerId(), r.statType(), r.gameDate(),
          r.line(), r.pOver(), (short) r.outcome(), r.pTrue()}));
    }
    return pool.withTransaction(conn -> conn.preparedQuery(DELETE_ROWS).execute(Tuple.of(experimentId))
        .compose(v -> PgSql.batch(conn, INSERT_ROW, tuples)));
  }

  @Override
  public Future<Page<HoldoutRow>> predictions(String experimentId, int limit, int offset) {
    return pool.preparedQuery(COUNT_ROWS).execute(Tuple.of(experimentId))
        .compose(count -> pool.preparedQuery(ROWS).execute(Tuple.of(experimentId, limit, offset))
            .map(rows -> {
              List<HoldoutRow> items = new ArrayList<>(rows.size());
              rows.forEach(row -> items.add(new HoldoutRow(row.getString("prop_id"), row.getString("player_id"),
                  row.getString("stat_type"), row.getLocalDate("game_date"), row.getDouble("line"),
                  row.getDouble("p_over"), row.getShort("outcome"), row.getDouble("p_true"))));
              return new Page<>(items, count.iterator().next().getLong(0), limit, offset);
            }));
  }

  private static Experiment experiment(Row row) {
    return new Experiment(row.getString("id"), row.getString("user_id"), row.getString("status"),
        row.getInteger("progress"), row.getJsonObject("request"), row.getJsonObject("metrics"),
        row.getJsonObject("baselines"), row.getString("error"), row.getString("model_id"),
        PgSql.instant(row, "created_at"), PgSql.instant(row, "updated_at"));
  }
}
