package com.betterbros.props.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.net.URI;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL store: migrates the schema with Flyway, then holds the one connection pool that
 * every pg repository shares.
 */
public final class PgStore {

  private static final Logger LOG = LoggerFactory.getLogger(PgStore.class);
  private static final String MIGRATIONS = "classpath:db/migration";

  private final Pool pool;

  private PgStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * Migrates the database the config names (blocking JDBC, run on a worker thread), then creates
   * the pool, bounded by {@code maxPoolSize} connections and {@code maxWaitQueueSize} waiters.
   */
  public static Future<PgStore> open(Vertx vertx, PgConfig cfg) {
    PgConnectOptions connect = cfg.connectOptions();
    return vertx.executeBlocking(() -> migrate(cfg.url(), connect))
        .map(applied -> {
          LOG.info("Flyway applied {} migration(s) to {}", applied, jdbcUrl(cfg.url()));
          Pool pool = PgBuilder.pool()
              .with(new PoolOptions()
                  .setMaxSize(cfg.maxPoolSize())
                  .setMaxWaitQueueSize(cfg.maxWaitQueueSize()))
              .with(new NetClientOptions().setConnectTimeout((int) cfg.connectTimeout().toMillis()))
              .connectingTo(connect)
              .using(vertx)
              .build();
          return new PgStore(pool);
        });
  }

  /** The shared pool; repositories borrow connections from it. */
  public Pool pool() {
    return pool;
  }

  /** Succeeds when the database answers {@code SELECT 1}. */
  public Future<Void> ping() {
    return pool.query("SELECT 1").execute().mapEmpty();
  }

  /** Closes the pool and its connections. */
  public Future<Void> close() {
    return pool.close();
  }

  /**
   * The JDBC form of a {@code postgresql://} URL, without its user and password (Flyway gets
   * those separately): {@code postgresql://u:p@h:5433/db?sslmode=require} becomes
   * {@code jdbc:postgresql://h:5433/db?sslmode=require}.
   */
  static String jdbcUrl(String url) {
    URI uri = URI.create(url);
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? PgConnectOptions.DEFAULT_PORT : uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return "jdbc:postgresql://" + host + ":" + port + path + query;
  }

  private static int migrate(String url, PgConnectOptions connect) {
    return Flyway.configure()
        .dataSource(jdbcUrl(url), connect.getUser(), connect.getPassword())
        .locations(MIGRATIONS)
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
