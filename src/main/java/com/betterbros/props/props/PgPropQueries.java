package com.betterbros.props.props;

import static com.betterbros.props.store.PgSql.timestamp;

import com.betterbros.props.props.core.Lifecycle;
import com.betterbros.props.props.core.PropOrder;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.props.core.PropRows;
import com.betterbros.props.props.core.PropSort;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of {@link PgPropRepository#find}: its WHERE clause and its ORDER BY, the same filters
 * and orders as the in-memory store ({@link Lifecycle}, {@link PropSort}, {@link PropOrder}).
 */
final class PgPropQueries {

  /** Lifecycle "open" at the instant bound to parameter $%1$d ({@link Lifecycle#isOpen}). */
  static final String OPEN = "(result IS NULL AND status = 'open' AND start_time > $%1$d)";

  private PgPropQueries() {}

  /** The WHERE clause of a query, adding its parameters to {@code params} in $n order. */
  static String where(PropQuery q, Tuple params) {
    List<String> clauses = new ArrayList<>();
    equal(clauses, params, "platform", q.platform());
    equal(clauses, params, "sport", q.sport());
    equal(clauses, params, "stat_type", q.statType());
    if (q.player() != null) {
      params.addString(q.player()).addString(PropRows.fold(q.player()));
      clauses.add("(player_id = $%d OR strpos(player_name_lc, $%d) > 0)"
          .formatted(params.size() - 1, params.size()));
    }
    equal(clauses, params, "team", q.team());
    equal(clauses, params, "game_id", q.gameId());
    equal(clauses, params, "odds_type", q.oddsType());
    if (q.from() != null) {
      params.addValue(timestamp(PropRows.ceilMicros(q.from())));
      clauses.add("start_time >= $" + params.size());
    }
    if (q.to() != null) {
      params.addValue(timestamp(PropRows.ceilMicros(q.to())));
      clauses.add("start_time < $" + params.size());
    }
    if (Lifecycle.SETTLED.equals(q.status())) {
      clauses.add("result IS NOT NULL");
    } else if (q.status() != null) {
      params.addValue(timestamp(q.now()));
      String open = OPEN.formatted(params.size());
      clauses.add(switch (q.status()) {
        case Lifecycle.OPEN -> open;
        case Lifecycle.CLOSED -> "NOT " + open + " AND result IS NULL";
        default -> throw new IllegalArgumentException("status must be one of " + Lifecycle.STATUSES);
      });
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /**
   * The ORDER BY of the query's sort ({@link PropSort}, {@link PropOrder} in memory); upcoming binds
   * {@code now} as one more parameter: open props by (start_time, id), then the rest descending.
   */
  static String order(PropQuery q, Tuple params) {
    PropSort sort = q.sort() == null ? PropSort.START_TIME : q.sort();
    return switch (sort) {
      case START_TIME -> " ORDER BY start_time, id";
      case START_TIME_DESC -> " ORDER BY start_time DESC, id DESC";
      case LINE -> " ORDER BY line, start_time, id";
      case LINE_DESC -> " ORDER BY line DESC, start_time, id";
      case PLAYER -> " ORDER BY player_name_lc COLLATE \"C\", start_time, id";
      case UPCOMING -> {
        params.addValue(timestamp(q.now()));
        String open = OPEN.formatted(params.size());
        yield " ORDER BY (CASE WHEN " + open + " THEN 0 ELSE 1 END), (CASE WHEN " + open + " THEN start_time END),"
            + " (CASE WHEN " + open + " THEN id END), start_time DESC, id DESC";
      }
    };
  }

  private static void equal(List<String> clauses, Tuple params, String column, String value) {
    if (value != null) {
      params.addString(value);
      clauses.add(column + " = $" + params.size());
    }
  }

}
