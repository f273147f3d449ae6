package com.betterbros.props.snapshots;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgSnapshotRepository honours the SnapshotRepository contract on a real PostgreSQL")
class PgSnapshotRepositoryIT extends SnapshotRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_snapshots");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected SnapshotRepository freshRepository() {
    db.truncate();
    return new PgSnapshotRepository(db.pool());
  }
}
