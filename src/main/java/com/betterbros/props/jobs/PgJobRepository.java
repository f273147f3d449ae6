package com.betterbros.props.jobs;

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
 * Jobs in PostgreSQL ({@code jobs}); every read of user data filters by user id (none when it is
 * null: any owner).
 */
public final class PgJobRepository implements JobRepository {

  static final String COLUMNS = "id, user_id, kind, status, progress, request, result, error, created_at, updated_at";
  static final String INSERT = "INSERT INTO jobs (" + COLUMNS + ", node_id)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
  static final String UPDATE = "UPDATE jobs SET status = $2, progress = $3, result = $4, error = $5, updated_at = $6"
      + " WHERE id = $1 AND status IN ('queued', 'running')";
  /** One user's quota check at a time, cluster-wide: a transaction-scoped advisory lock on user and kind. */
  static final String QUOTA_LOCK = "SELECT pg_advisory_xact_lock(hashtext('jobs.quota:' || $2), hashtext($1))";
  static final String ACTIVE = "SELECT count(*) FROM jobs WHERE user_id = $1 AND kind = $2"
      + " AND status IN ('queued', 'running')";
  static final String FIND = "SELECT " + COLUMNS + " FROM jobs WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String FIND_ANY = "SELECT " + COLUMNS + " FROM jobs WHERE id = $1";
  static final String FILTER = " WHERE ($1::text IS NULL OR user_id = $1) AND ($2::text IS NULL OR kind = $2)"
      + " AND ($3::text IS NULL OR status = $3)";
  static final String LIST = "SELECT " + COLUMNS + " FROM jobs" + FILTER
      + " ORDER BY created_at DESC, id LIMIT $4 OFFSET $5";
  static final String COUNT = "SELECT count(*) FROM jobs" + FILTER;
  static final String COUNT_ACTIVE = "SELECT status, count(*) FROM jobs WHERE status IN ('queued', 'running')"
      + " GROUP BY status";
  static final String COUNT_UNFINISHED = "SELECT count(*) FROM jobs WHERE node_id = $1"
      + " AND status IN ('queued', 'running')";
  static final String FAIL_INTERRUPTED = "UPDATE jobs SET status = 'failed', error = $2, updated_at = $3"
      + " WHERE status IN ('queued', 'running') AND (node_id IS NULL OR NOT (node_id = ANY($1)))";

  private final Pool pool;

  public PgJobRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> create(Job j, String nodeId) {
    return pool.preparedQuery(INSERT).execute(insertTuple(j, nodeId)).mapEmpty();
  }

  @Override
  public Future<Boolean> createWithinQuota(Job j, String nodeId, int quota) {
    Tuple who = Tuple.of(j.userId(), j.kind());
    return pool.withTransaction(conn -> conn.preparedQuery(QUOTA_LOCK).execute(who)
        .compose(locked -> conn.preparedQuery(ACTIVE).execute(who))
        .compose(rows -> rows.iterator().next().getLong(0) >= quota ? Future.succeededFuture(false)
            : conn.preparedQuery(INSERT).execute(insertTuple(j, nodeId)).map(true)));
  }

  private static Tuple insertTuple(Job j, String nodeId) {
    return Tuple.from(new Object[] {j.id(), j.userId(), j.kind(), j.status(), j.progress(), j.request(), j.result(),
        j.error(), PgSql.timestamp(j.createdAt()), PgSql.timestamp(j.updatedAt()), nodeId});
  }

  @Override
  public Future<Boolean> update(Job j) {
    return pool.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {j.id(), j.status(), j.progress(), j.result(),
        j.error(), PgSql.timestamp(j.updatedAt())})).map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<Job> find(String id, String userId) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id, userId)).map(rows -> rows.size() == 0 ? null
        : job(rows.iterator().next()));
  }

  @Override
  public Future<Job> findAny(String id) {
    return pool.preparedQuery(FIND_ANY).execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? null
        : job(rows.iterator().next()));
  }

  @Override
  public Future<Page<Job>> list(String userId, String kind, String status, int limit, int offset) {
    Future<Long> total = pool.preparedQuery(COUNT).execute(Tuple.of(userId, kind, status))
        .map(rows -> rows.iterator().next().getLong(0));
    Future<List<Job>> items = pool.preparedQuery(LIST).execute(Tuple.of(userId, kind, status, limit, offset))
        .map(rows -> {
          List<Job> out = new ArrayList<>(rows.size());
          rows.forEach(row -> out.add(job(row)));
          return out;
        });
    return Future.all(total, items).map(done -> new Page<>(items.result(), total.result(), limit, offset));
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
  public Future<java.util.Map<String, Long>> countActive() {
    return pool.query(COUNT_ACTIVE).execute().map(rows -> {
      java.util.Map<String, Long> out = new java.util.HashMap<>(java.util.Map.of(Job.QUEUED, 0L, Job.RUNNING, 0L));
      rows.forEach(row -> out.put(row.getString(0), row.getLong(1)));
      return out;
    });
  }

  private static Job job(Row row) {
    return new Job(row.getString("id"), row.getString("user_id"), row.getString("kind"), row.getString("status"),
        row.getInteger("progress"), row.getJsonObject("request"), row.getJsonObject("result"),
        row.getString("error"), PgSql.instant(row, "created_at"), PgSql.instant(row, "updated_at"));
  }
}
