package com.betterbros.props.history;

import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.UnmatchedPlayer;
import com.betterbros.props.store.Page;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Identities in PostgreSQL ({@code identities}, {@code unmatched_players}), same contract as memory. */
public final class PgIdentityRepository implements IdentityRepository {

  static final String COLUMNS = "kind, source, external_id, canonical_id, method, created_at";
  static final String LOOKUP = "SELECT external_id, canonical_id FROM identities"
      + " WHERE kind = $1 AND source = $2 AND external_id = ANY($3)";
  static final String RECORD = "INSERT INTO identities (" + COLUMNS + ") SELECT * FROM unnest($1::text[],"
      + " $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) ON CONFLICT DO NOTHING";
  static final String RELINK = "INSERT INTO identities (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)"
      + " ON CONFLICT (kind, source, external_id) DO UPDATE SET canonical_id = EXCLUDED.canonical_id,"
      + " method = EXCLUDED.method, created_at = EXCLUDED.created_at";
  static final String OF = "SELECT " + COLUMNS + " FROM identities WHERE kind = $1 AND canonical_id = $2"
      + " ORDER BY source, external_id";
  static final String ALL = "SELECT external_id, canonical_id FROM identities WHERE kind = $1 AND source = $2";
  static final String LINKED = "SELECT DISTINCT canonical_id FROM identities WHERE kind = $1";
  static final String UNMATCHED_COLUMNS = "source, name_key, name, team, reason, props, last_seen";
  static final String DELETE_UNMATCHED = "DELETE FROM unmatched_players WHERE source = $1";
  static final String INSERT_UNMATCHED = "INSERT INTO unmatched_players (" + UNMATCHED_COLUMNS + ")"
      + " SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],"
      + " $7::timestamptz[])";
  static final String CLEAR_UNMATCHED = "DELETE FROM unmatched_players WHERE source = $1 AND name_key = $2";
  static final String UNMATCHED = "SELECT " + UNMATCHED_COLUMNS + " FROM unmatched_players"
      + " WHERE ($1::text IS NULL OR source = $1) ORDER BY props DESC, name_key, source LIMIT $2 OFFSET $3";
  static final String COUNT_UNMATCHED = "SELECT count(*) FROM unmatched_players WHERE ($1::text IS NULL OR source = $1)";

  private final Pool pool;

  public PgIdentityRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Map<String, String>> lookup(String kind, String source, Collection<String> ids) {
    return pool.preparedQuery(LOOKUP)
        .execute(Tuple.of(kind, source).addArrayOfString(ids.toArray(String[]::new)))
        .map(rows -> {
          Map<String, String> out = new HashMap<>();
          rows.forEach(r -> out.put(r.getString("external_id"), r.getString("canonical_id")));
          return out;
        });
  }

  @Override
  public Future<Map<String, String>> all(String kind, String source) {
    return pool.preparedQuery(ALL).execute(Tuple.of(kind, source)).map(rows -> {
      Map<String, String> out = new HashMap<>();
      rows.forEach(r -> out.put(r.getString("external_id"), r.getString("canonical_id")));
      return out;
    });
  }

  @Override
  public Future<Integer> record(List<Identity> rows) {
    if (rows.isEmpty()) {
      return Future.succeededFuture(0);
    }
    return pool.preparedQuery(RECORD).execute(Tuple.tuple()
        .addArrayOfString(rows.stream().map(Identity::kind).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(Identity::source).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(Identity::externalId).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(Identity::canonicalId).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(Identity::method).toArray(String[]::new))
        .addArrayOfOffsetDateTime(rows.stream().map(i -> PgSql.timestamp(i.createdAt()))
            .toArray(OffsetDateTime[]::new)))
        .map(r -> r.rowCount());
  }

  @Override
  public Future<Void> relink(Identity i) {
    return pool.preparedQuery(RELINK).execute(Tuple.of(i.kind(), i.source(), i.externalId(), i.canonicalId(),
        i.method(), PgSql.timestamp(i.createdAt()))).mapEmpty();
  }

  @Override
  public Future<List<Identity>> of(String kind, String canonicalId) {
    return pool.preparedQuery(OF).execute(Tuple.of(kind, canonicalId)).map(rows -> {
      List<Identity> out = new ArrayList<>(rows.size());
      rows.forEach(r -> out.add(new Identity(r.getString("kind"), r.getString("source"), r.getString("external_id"),
          r.getString("canonical_id"), r.getString("method"), PgSql.instant(r, "created_at"))));
      return out;
    });
  }

  @Override
  public Future<Set<String>> linked(String kind) {
    return pool.preparedQuery(LINKED).execute(Tuple.of(kind)).map(rows -> {
      Set<String> out = new HashSet<>();
      rows.forEach(r -> out.add(r.getString(0)));
      return out;
    });
  }

  @Override
  public Future<Void> replaceUnmatched(String source, List<UnmatchedPlayer> players) {
    return pool.withTransaction(conn -> conn.preparedQuery(DELETE_UNMATCHED).execute(Tuple.of(source))
        .compose(v -> players.isEmpty() ? Future.succeededFuture() : conn.preparedQuery(INSERT_UNMATCHED)
            .execute(Tuple.tuple()
                .addArrayOfString(players.stream().map(p -> source).toArray(String[]::new))
                .addArrayOfString(players.stream().map(UnmatchedPlayer::nameKey).toArray(String[]::new))
                .addArrayOfString(players.stream().map(UnmatchedPlayer::name).toArray(String[]::new))
                .addArrayOfString(players.stream().map(UnmatchedPlayer::team).toArray(String[]::new))
                .addArrayOfString(players.stream().map(UnmatchedPlayer::reason).toArray(String[]::new))
                .addArrayOfInteger(players.stream().map(UnmatchedPlayer::props).toArray(Integer[]::new))
                .addArrayOfOffsetDateTime(players.stream().map(p -> PgSql.timestamp(p.lastSeen()))
                    .toArray(OffsetDateTime[]::new))))
        .mapEmpty());
  }

  @Override
  public Future<Void> clearUnmatched(String source, String nameKey) {
    return pool.preparedQuery(CLEAR_UNMATCHED).execute(Tuple.of(source, nameKey)).mapEmpty();
  }

  @Override
  public Future<Page<UnmatchedPlayer>> unmatched(String source, int limit, int offset) {
    Future<Long> total = pool.preparedQuery(COUNT_UNMATCHED).execute(Tuple.of(source))
        .map(rows -> rows.iterator().next().getLong(0));
    Future<List<UnmatchedPlayer>> items = pool.preparedQuery(UNMATCHED).execute(Tuple.of(source, limit, offset))
        .map(rows -> {
          List<UnmatchedPlayer> out = new ArrayList<>(rows.size());
          rows.forEach(r -> out.add(unmatched(r)));
          return out;
        });
    return Future.all(total, items).map(done -> new Page<>(items.result(), total.result(), limit, offset));
  }

  private static UnmatchedPlayer unmatched(Row r) {
    return new UnmatchedPlayer(r.getString("source"), r.getString("name_key"), r.getString("name"),
        r.getString("team"), r.getString("reason"), r.getInteger("props"), PgSql.instant(r, "last_seen"));
  }
}
