package com.betterbros.props.history;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgHistoryRepository honours the HistoryRepository contract on a real PostgreSQL")
class PgHistoryRepositoryIT extends HistoryRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_store");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected HistoryRepository freshRepository() {
    db.truncate();
    return new PgHistoryRepository(db.pool());
  }
}
