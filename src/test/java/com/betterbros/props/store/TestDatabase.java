package com.betterbros.props.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Test databases on a real PostgreSQL server: {@code BB_TEST_PG_URL} (a {@code postgresql://} URL
 * of the server; its database part is ignored), by default the local trust-auth server
 * {@code postgresql://postgres@127.0.0.1:5432/postgres}.
 */
public final class TestDatabase {

  public static final String DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private TestDatabase() {}

  /** The server URL the tests use: {@code BB_TEST_PG_URL} or {@link #DEFAULT_SERVER}. */
  public static String serverUrl() {
    String env = System.getenv("BB_TEST_PG_URL");
    return env == null || env.isBlank() ? DEFAULT_SERVER : env.trim();
  }

  /**
   * Drops (forcing out any session) and recreates an empty database of this name on the test
   * server, through a connection to its {@code postgres} database, and returns its URL.
   */
  public static String freshDatabase(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    String admin = withDatabase(serverUrl(), "postgres");
    var options = new PgConfig(admin, 1, 1, Duration.ofSeconds(5)).connectOptions();
    try (Connection conn = DriverManager.getConnection(
            PgStore.jdbcUrl(admin), options.getUser(), options.getPassword());
        Statement sql = conn.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + " on " + admin, e);
    }
    return withDatabase(serverUrl(), name);
  }

  /** A small config for tests: 4 connections, 1,000 waiters, 5 s to connect. */
  public static PgConfig config(String url) {
    return new PgConfig(url, 4, 1_000, Duration.ofSeconds(5));
  }

  /** Empties every table of the public schema except Flyway's history (between tests). */
  public static Future<Void> truncateAll(Pool pool) {
    return pool.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            + " AND tablename <> 'flyway_schema_history'").execute()
        .compose(rows -> {
          List<String> tables = new ArrayList<>();
          for (Row row : rows) {
            tables.add("\"" + row.getString(0) + "\"");
          }
          return tables.isEmpty()
              ? Future.succeededFuture()
              : pool.query("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE")
                  .execute().mapEmpty();
        });
  }

  /** The same server URL naming another database (user, password and query kept). */
  static String withDatabase(String url, String database) {
    URI uri = URI.create(url);
    String authority = uri.getRawAuthority();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return uri.getScheme() + "://" + authority + "/" + database + query;
  }
}
