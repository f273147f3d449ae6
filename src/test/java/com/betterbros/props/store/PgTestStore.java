package com.betterbros.props.store;

import com.betterbros.props.testing.Await;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

/**
 * A migrated PostgreSQL test database with its own Vert.x and pool, for one IT class: open it in
 * {@code @BeforeAll}, {@link #truncate()} before each test, {@link #close()} in {@code @AfterAll}.
 */
public final class PgTestStore implements AutoCloseable {

  private final Vertx vertx;
  private final PgStore store;

  private PgTestStore(Vertx vertx, PgStore store) {
    this.vertx = vertx;
    this.store = store;
  }

  /** Recreates the named database (see {@link TestDatabase#freshDatabase}) and migrates it. */
  public static PgTestStore open(String database) {
    String url = TestDatabase.freshDatabase(database);
    Vertx vertx = Vertx.vertx();
    try {
      return new PgTestStore(vertx, Await.result(PgStore.open(vertx, TestDatabase.config(url))));
    } catch (RuntimeException | AssertionError e) {
      vertx.close();
      throw e;
    }
  }

  public Vertx vertx() {
    return vertx;
  }

  public PgStore store() {
    return store;
  }

  public Pool pool() {
    return store.pool();
  }

  /** Empties every table, restarting identities. */
  public void truncate() {
    Await.result(TestDatabase.truncateAll(store.pool()));
  }

  @Override
  public void close() {
    try {
      Await.result(store.close());
    } finally {
      Await.result(vertx.close());
    }
  }
}
