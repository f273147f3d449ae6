package com.betterbros.props.users;

import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import com.betterbros.props.users.core.User;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Users in PostgreSQL (V10 migration: users). */
public final class PgUserRepository implements UserRepository {

  static final String COLUMNS = "id, email, tier, active, created, last_seen";

  /**
   * One statement, so concurrent first sightings from several gateways make one row: $6 true
   * records the sighting's tier and (when not null) email; last_seen only moves forward; active is
   * never touched by a sighting.
   */
  static final String SEEN = "INSERT INTO users AS u (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5::timestamptz,"
      + " $5::timestamptz) ON CONFLICT (id) DO UPDATE SET"
      + " tier = CASE WHEN $6 THEN EXCLUDED.tier ELSE u.tier END,"
      + " email = CASE WHEN $6 AND EXCLUDED.email IS NOT NULL THEN EXCLUDED.email ELSE u.email END,"
      + " last_seen = GREATEST(u.last_seen, EXCLUDED.last_seen)"
      + " RETURNING " + COLUMNS;

  private final Pool pool;

  public PgUserRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<User> seen(User s, boolean profile) {
    return pool.preparedQuery(SEEN).execute(Tuple.of(s.id(), s.email(), s.tier(), s.active(),
        PgSql.timestamp(s.lastSeen()), profile)).map(rows -> user(rows.iterator().next()));
  }

  @Override
  public Future<User> find(String id) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM users WHERE id = $1").execute(Tuple.of(id))
        .map(PgUserRepository::first);
  }

  @Override
  public Future<Page<User>> list(Boolean active, int limit, int offset) {
    String where = active == null ? "" : " WHERE active = $3";
    Tuple args = active == null ? Tuple.of(limit, offset) : Tuple.of(limit, offset, active);
    return pool.preparedQuery("SELECT " + COLUMNS + ", count(*) OVER () AS total FROM users" + where
        + " ORDER BY created DESC, id LIMIT $1 OFFSET $2").execute(args).compose(rows -> {
          List<User> items = new ArrayList<>(rows.size());
          rows.forEach(r -> items.add(user(r)));
          if (!items.isEmpty() || offset == 0) {
            long total = items.isEmpty() ? 0 : rows.iterator().next().getLong("total");
            return Future.succeededFuture(new Page<>(items, total, limit, offset));
          }
          // past the last page the window function has no row to count on: count apart
          Tuple countArgs = active == null ? Tuple.tuple() : Tuple.of(active);
          return pool.preparedQuery("SELECT count(*) FROM users" + (active == null ? "" : " WHERE active = $1"))
              .execute(countArgs).map(c -> new Page<>(items, c.iterator().next().getLong(0), limit, offset));
        });
  }

  @Override
  public Future<User> setActive(String id, boolean active) {
    return pool.preparedQuery("UPDATE users SET active = $2 WHERE id = $1 RETURNING " + COLUMNS)
        .execute(Tuple.of(id, active)).map(PgUserRepository::first);
  }

  private static User first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : user(rows.iterator().next());
  }

  private static User user(Row r) {
    return new User(r.getString("id"), r.getString("email"), r.getString("tier"), r.getBoolean("active"),
        PgSql.instant(r, "created"), PgSql.instant(r, "last_seen"));
  }
}
