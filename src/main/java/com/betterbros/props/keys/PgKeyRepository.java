package com.betterbros.props.keys;

import com.betterbros.props.keys.core.AccessKey;
import com.betterbros.props.keys.core.ProviderSecret;
import com.betterbros.props.keys.core.Scope;
import com.betterbros.props.keys.core.Sealed;
import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Access keys and provider credentials in PostgreSQL (V9 migration: api_keys, provider_credentials). */
public final class PgKeyRepository implements KeyRepository {

  static final String KEY_COLUMNS = "id, user_id, name, key_hash, prefix, scopes, tier, created_at, expires_at, last_used_at";
  static final String PROVIDER_COLUMNS = "id, user_id, provider, name, nonce, ciphertext, key_version, created_at";

  private final Pool pool;

  public PgKeyRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Void> createKey(AccessKey k) {
    return pool.preparedQuery("INSERT INTO api_keys (" + KEY_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
        .execute(Tuple.from(new Object[] {k.id(), k.userId(), k.name(), k.hash(), k.prefix(),
            String.join(",", k.scopes().stream().map(Scope::wire).toList()), k.tier(), PgSql.timestamp(k.createdAt()),
            k.expiresAt() == null ? null : PgSql.timestamp(k.expiresAt()),
            k.lastUsedAt() == null ? null : PgSql.timestamp(k.lastUsedAt())})).mapEmpty();
  }

  @Override
  public Future<List<AccessKey>> listKeys(String userId) {
    return pool.preparedQuery("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE ($1::text IS NULL OR user_id = $1)"
        + " ORDER BY created_at DESC, id").execute(Tuple.of(userId)).map(rows -> all(rows, PgKeyRepository::key));
  }

  @Override
  public Future<Boolean> deleteKey(String id, String userId) {
    return pool.preparedQuery("DELETE FROM api_keys WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)")
        .execute(Tuple.of(id, userId)).map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<AccessKey> findKeyByHash(String hash) {
    return pool.preparedQuery("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE key_hash = $1").execute(Tuple.of(hash))
        .map(rows -> rows.size() == 0 ? null : key(rows.iterator().next()));
  }

  @Override
  public Future<Void> touchKey(String id, Instant at) {
    // the condition makes concurrent touches from several nodes one write a minute
    return pool.preparedQuery("UPDATE api_keys SET last_used_at = $2::timestamptz WHERE id = $1"
        + " AND (last_used_at IS NULL OR last_used_at <= $2::timestamptz - interval '60 seconds')")
        .execute(Tuple.of(id, PgSql.timestamp(at))).mapEmpty();
  }

  @Override
  public Future<Void> createProvider(ProviderSecret p) {
    return pool.preparedQuery("INSERT INTO provider_credentials (" + PROVIDER_COLUMNS
        + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").execute(Tuple.from(new Object[] {p.id(), p.userId(),
            p.provider(), p.name(), Buffer.buffer(p.sealed().nonce()), Buffer.buffer(p.sealed().ciphertext()),
            p.sealed().keyVersion(), PgSql.timestamp(p.createdAt())})).mapEmpty();
  }

  @Override
  public Future<List<ProviderSecret>> listProviders(String userId) {
    return pool.preparedQuery("SELECT " + PROVIDER_COLUMNS + " FROM provider_credentials"
        + " WHERE ($1::text IS NULL OR user_id = $1) ORDER BY created_at DESC, id").execute(Tuple.of(userId)).map(rows -> all(rows, PgKeyRepository::provider));
  }

  @Override
  public Future<Boolean> deleteProvider(String id, String userId) {
    return pool.preparedQuery("DELETE FROM provider_credentials WHERE id = $1 AND ($2::text IS NULL OR user_id = $2)")
        .execute(Tuple.of(id, userId)).map(rows -> rows.rowCount() == 1);
  }

  @Override
  public Future<List<ProviderSecret>> providersNotUnder(String version) {
    return pool.preparedQuery("SELECT " + PROVIDER_COLUMNS + " FROM provider_credentials WHERE key_version <> $1"
        + " ORDER BY id").execute(Tuple.of(version)).map(rows -> all(rows, PgKeyRepository::provider));
  }

  @Override
  public Future<Boolean> reseal(String id, String previousVersion, Sealed s) {
    return pool.preparedQuery("UPDATE provider_credentials SET nonce = $3, ciphertext = $4, key_version = $5"
        + " WHERE id = $1 AND key_version = $2").execute(Tuple.of(id, previousVersion, Buffer.buffer(s.nonce()),
            Buffer.buffer(s.ciphertext()), s.keyVersion())).map(rows -> rows.rowCount() == 1);
  }

  private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> read) {
    List<T> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(read.apply(r)));
    return out;
  }

  private static AccessKey key(Row r) {
    return new AccessKey(r.getString("id"), r.getString("user_id"), r.getString("name"), r.getString("key_hash"),
        r.getString("prefix"), Arrays.stream(r.getString("scopes").split(",")).map(Scope::parse).toList(),
        r.getString("tier"), PgSql.instant(r, "created_at"), optionalInstant(r, "expires_at"),
        optionalInstant(r, "last_used_at"));
  }

  private static ProviderSecret provider(Row r) {
    return new ProviderSecret(r.getString("id"), r.getString("user_id"), r.getString("provider"), r.getString("name"),
        new Sealed(r.getBuffer("nonce").getBytes(), r.getBuffer("ciphertext").getBytes(), r.getString("key_version")),
        PgSql.instant(r, "created_at"));
  }

  private static Instant optionalInstant(Row r, String column) {
    return r.getValue(column) == null ? null : PgSql.instant(r, column);
  }
}
