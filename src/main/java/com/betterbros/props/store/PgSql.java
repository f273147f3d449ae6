package com.betterbros.props.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small helpers shared by the pg repositories: chunked batches and timestamp conversion. */
public final class PgSql {

  /** Rows per {@code executeBatch}: large enough to pipeline well, small enough to bound memory. */
  public static final int CHUNK_SIZE = 1_000;

  private PgSql() {}

  /**
   * Runs one prepared statement for every tuple, {@link #CHUNK_SIZE} tuples per
   * {@code executeBatch}, one chunk after the other (pass a transaction's connection to make the
   * whole run atomic). An empty list does nothing.
   */
  public static Future<Void> batch(SqlClient client, String sql, List<Tuple> tuples) {
    return batchFrom(client, sql, tuples, 0);
  }

  private static Future<Void> batchFrom(SqlClient client, String sql, List<Tuple> tuples, int start) {
    if (start >= tuples.size()) {
      return Future.succeededFuture();
    }
    int end = Math.min(tuples.size(), start + CHUNK_SIZE);
    return client.preparedQuery(sql)
        .executeBatch(tuples.subList(start, end))
        .compose(done -> batchFrom(client, sql, tuples, end));
  }

  /** An instant as the {@code timestamptz} parameter the pg client expects (null stays null). */
  public static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A {@code timestamptz} column as an instant (null stays null). */
  public static Instant instant(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant();
  }
}
