package com.betterbros.props.snapshots;

import com.betterbros.props.snapshots.core.GradedLeg;
import com.betterbros.props.snapshots.core.Outcome;
import com.betterbros.props.snapshots.core.Snapshot;
import com.betterbros.props.snapshots.core.SnapshotItem;
import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Snapshots in PostgreSQL (V5 migration); every read of a snapshot filters by user id. */
public final class PgSnapshotRepository implements SnapshotRepository {

  static final String COLUMNS = "id, user_id, name, filter, model_ref, model_version, feature_set_version,"
      + " created_at, items, graded_at";
  static final String INSERT = "INSERT INTO snapshots (" + COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
  static final String ITEM_COLUMNS = "prop_id, platform, player_id, player_name, team, opponent, game_id,"
      + " stat_type, line, start_time, odds_type, p_over, p_under, side, breakeven, edge, projected_mean, error";
  static final String INSERT_ITEM = "INSERT INTO snapshot_items (snapshot_id, seq, " + ITEM_COLUMNS + ") VALUES"
      + " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)";
  static final String FIND = "SELECT " + COLUMNS + " FROM snapshots WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String ITEMS = "SELECT " + ITEM_COLUMNS + " FROM snapshot_items WHERE snapshot_id = $1 ORDER BY seq";
  static final String LIST = "SELECT " + COLUMNS + " FROM snapshots WHERE ($1::text IS NULL OR user_id = $1)"
      + " ORDER BY created_at DESC, id LIMIT $2 OFFSET $3";
  static final String COUNT = "SELECT count(*) FROM snapshots WHERE ($1::text IS NULL OR user_id = $1)";
  static final String DELETE = "DELETE FROM snapshots WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String GRADED = "UPDATE snapshots SET graded_at = $2 WHERE id = $1";
  static final String CLEAR_GRADE = "DELETE FROM snapshot_outcomes WHERE snapshot_id = $1";
  static final String INSERT_OUTCOME = "INSERT INTO snapshot_outcomes (snapshot_id, prop_id, outcome, stat)"
      + " VALUES ($1, $2, $3, $4)";
  static final String GRADE = "SELECT prop_id, outcome, stat FROM snapshot_outcomes WHERE snapshot_id = $1";

  private final Pool pool;

  public PgSnapshotRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> create(Snapshot s, List<SnapshotItem> items) {
    List<Tuple> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      SnapshotItem it = items.get(i);
      rows.add(Tuple.from(new Object[] {s.id(), i, it.propId(), it.platform(), it.playerId(), it.playerName(),
          it.team(), it.opponent(), it.gameId(), it.statType(), it.line(), PgSql.timestamp(it.startTime()),
          it.oddsType(), it.pOver(), it.pUnder(), it.side(), it.breakeven(), it.edge(), it.projectedMean(),
          it.error()}));
    }
    return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {s.id(),
            s.userId(), s.name(), s.filter(), s.modelRef(), s.modelVersion(), s.featureSetVersion(),
            PgSql.timestamp(s.createdAt()), s.items(), PgSql.timestamp(s.gradedAt())}))
        .compose(v -> PgSql.batch(conn, INSERT_ITEM, rows)));
  }

  @Override
  public Future<Snapshot> find(String id, String userId) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id, userId))
        .map(rows -> rows.size() == 0 ? null : snapshot(rows.iterator().next()));
  }

  @Override
  public Future<List<SnapshotItem>> items(String id) {
    return pool.preparedQuery(ITEMS).execute(Tuple.of(id)).map(rows -> {
      List<SnapshotItem> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(new SnapshotItem(r.getString("prop_id"), r.getString("platform"),
          r.getString("player_id"), r.getString("player_name"), r.getString("team"), r.getString("opponent"),
          r.getString("game_id"), r.getString("stat_type"), r.getDouble("line"), PgSql.instant(r, "start_time"),
          r.getString("odds_type"), r.getDouble("p_over"), r.getDouble("p_under"), r.getString("side"),
          r.getDouble("breakeven"), r.getDouble("edge"), r.getDouble("projected_mean"), r.getString("error"))));
      return out;
    });
  }

  @Override
  public Future<Page<Snapshot>> list(String userId, int limit, int offset) {
    Future<List<Snapshot>> page = pool.preparedQuery(LIST).execute(Tuple.of(userId, limit, offset)).map(rows -> {
      List<Snapshot> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(snapshot(r)));
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

  @Override
  public Future<Boolean> saveGrade(String id, List<GradedLeg> legs, Instant gradedAt) {
    List<Tuple> rows = legs.stream()
        .map(l -> Tuple.of(id, l.propId(), l.outcome().name(), l.stat())).toList();
    return pool.withTransaction(conn -> conn.preparedQuery(GRADED).execute(Tuple.of(id, PgSql.timestamp(gradedAt)))
        .compose(updated -> updated.rowCount() == 0 ? Future.succeededFuture(false)
            : conn.preparedQuery(CLEAR_GRADE).execute(Tuple.of(id))
                .compose(v -> PgSql.batch(conn, INSERT_OUTCOME, rows)).map(true)));
  }

  @Override
  public Future<Map<String, GradedLeg>> grade(String id) {
    return pool.preparedQuery(GRADE).execute(Tuple.of(id)).map(rows -> {
      Map<String, GradedLeg> out = new LinkedHashMap<>();
      rows.forEach(r -> out.put(r.getString("prop_id"), new GradedLeg(r.getString("prop_id"),
          Outcome.valueOf(r.getString("outcome")), r.getDouble("stat"))));
      return out;
    });
  }

  private static Snapshot snapshot(Row r) {
    return new Snapshot(r.getString("id"), r.getString("user_id"), r.getString("name"), r.getString("filter"),
        r.getString("model_ref"), r.getString("model_version"), r.getString("feature_set_version"),
        PgSql.instant(r, "created_at"), r.getInteger("items"), PgSql.instant(r, "graded_at"));
  }
}
