package com.betterbros.props.eval;

import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Backtests in PostgreSQL (V6 migration); every read of a backtest filters by user id (none when it
 * is null: any owner).
 */
public final class PgBacktestRepository implements BacktestRepository {

  static final String INSERT = "INSERT INTO backtests (id, user_id, created_at, document) VALUES ($1, $2, $3, $4)";
  static final String INSERT_BET = "INSERT INTO backtest_bets (backtest_id, seq, bet) VALUES ($1, $2, $3)";
  static final String FIND = "SELECT id, user_id, created_at, document FROM backtests"
      + " WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String LIST = "SELECT user_id, document FROM backtests WHERE ($1::text IS NULL OR user_id = $1)"
      + " ORDER BY created_at DESC, id"
      + " LIMIT $2 OFFSET $3";
  static final String COUNT = "SELECT count(*) FROM backtests WHERE ($1::text IS NULL OR user_id = $1)";
  static final String OWNED = "SELECT 1 FROM backtests WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";
  static final String BETS = "SELECT bet FROM backtest_bets WHERE backtest_id = $1 ORDER BY seq LIMIT $2 OFFSET $3";
  static final String BET_COUNT = "SELECT count(*) FROM backtest_bets WHERE backtest_id = $1";
  static final String DELETE = "DELETE FROM backtests WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)";

  private final Pool pool;

  public PgBacktestRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> save(Stored b, List<JsonObject> bets) {
    List<Tuple> rows = new ArrayList<>(bets.size());
    for (int i = 0; i < bets.size(); i++) {
      rows.add(Tuple.of(b.id(), i, bets.get(i)));
    }
    return pool.withTransaction(conn -> conn.preparedQuery(INSERT)
        .execute(Tuple.of(b.id(), b.userId(), PgSql.timestamp(b.createdAt()), b.document()))
        .compose(v -> PgSql.batch(conn, INSERT_BET, rows)));
  }

  @Override
  public Future<Stored> find(String id, String userId) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id, userId))
        .map(rows -> rows.size() == 0 ? null : stored(rows.iterator().next()));
  }

  @Override
  public Future<Page<JsonObject>> list(String userId, int limit, int offset) {
    Future<List<JsonObject>> page = pool.preparedQuery(LIST).execute(Tuple.of(userId, limit, offset))
        .map(rows -> {
          List<JsonObject> out = new ArrayList<>(rows.size());
          rows.forEach(r -> out.add(r.getJsonObject("document").put("user_id", r.getString("user_id"))));
          return out;
        });
    Future<Long> total = pool.preparedQuery(COUNT).execute(Tuple.of(userId))
        .map(rows -> rows.iterator().next().getLong(0));
    return Future.all(page, total).map(all -> new Page<>(page.result(), total.result(), limit, offset));
  }

  @Override
  public Future<Page<JsonObject>> bets(String id, String userId, int limit, int offset) {
    return pool.preparedQuery(OWNED).execute(Tuple.of(id, userId)).compose(owned -> {
      if (owned.size() == 0) {
        return Future.succeededFuture(null);
      }
      Future<List<JsonObject>> page = pool.preparedQuery(BETS).execute(Tuple.of(id, limit, offset)).map(rows -> {
        List<JsonObject> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.getJsonObject("bet")));
        return out;
      });
      Future<Long> total = pool.preparedQuery(BET_COUNT).execute(Tuple.of(id))
          .map(rows -> rows.iterator().next().getLong(0));
      return Future.all(page, total).map(all -> new Page<>(page.result(), total.result(), limit, offset));
    });
  }

  @Override
  public Future<Boolean> delete(String id, String userId) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(id, userId)).map(rows -> rows.rowCount() == 1);
  }

  private static Stored stored(Row r) {
    return new Stored(r.getString("id"), r.getString("user_id"), PgSql.instant(r, "created_at"),
        r.getJsonObject("document"));
  }
}
