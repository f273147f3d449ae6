package com.betterbros.props.eval;

import com.betterbros.props.eval.core.ServedPrediction;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Served predictions in PostgreSQL (V6 migration): the key's first row kept ({@code ON CONFLICT DO NOTHING}). */
public final class PgLiveRepository implements LiveRepository {

  static final String COLUMNS = "prop_id, model_version, line, served_at, platform, player_id, stat_type, game_id,"
      + " start_time, p_over, side, breakeven, edge";
  static final String INSERT = "INSERT INTO served_predictions (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7,"
      + " $8, $9, $10, $11, $12, $13) ON CONFLICT (prop_id, model_version, line) DO NOTHING";
  static final String RANGE = "SELECT " + COLUMNS + " FROM served_predictions WHERE start_time >= $1"
      + " AND start_time < $2 ORDER BY start_time, prop_id, model_version, line";

  private final Pool pool;

  public PgLiveRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Integer> record(List<ServedPrediction> served) {
    if (served.isEmpty()) {
      return Future.succeededFuture(0);
    }
    List<Tuple> rows = served.stream().map(s -> Tuple.from(new Object[] {s.propId(), s.modelVersion(), s.line(),
        PgSql.timestamp(s.servedAt()), s.platform(), s.playerId(), s.statType(), s.gameId(),
        PgSql.timestamp(s.startTime()), s.pOver(), s.side(), s.breakeven(), s.edge()})).toList();
    return pool.preparedQuery(INSERT).executeBatch(rows).map(result -> {
      int added = 0;
      for (var r = result; r != null; r = r.next()) {
        added += r.rowCount();
      }
      return added;
    });
  }

  @Override
  public Future<List<ServedPrediction>> startingBetween(Instant from, Instant to) {
    return pool.preparedQuery(RANGE).execute(Tuple.of(PgSql.timestamp(from), PgSql.timestamp(to))).map(rows -> {
      List<ServedPrediction> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(served(r)));
      return out;
    });
  }

  private static ServedPrediction served(Row r) {
    return new ServedPrediction(r.getString("prop_id"), r.getString("model_version"), r.getDouble("line"),
        PgSql.instant(r, "served_at"), r.getString("platform"), r.getString("player_id"), r.getString("stat_type"),
        r.getString("game_id"), PgSql.instant(r, "start_time"), r.getDouble("p_over"), r.getString("side"),
        r.getDouble("breakeven"), r.getDouble("edge"));
  }
}
