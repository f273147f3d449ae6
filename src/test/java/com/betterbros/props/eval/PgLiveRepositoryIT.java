package com.betterbros.props.eval;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgLiveRepository honours the LiveRepository contract on a real PostgreSQL")
class PgLiveRepositoryIT extends LiveRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_live");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected LiveRepository freshRepository() {
    db.truncate();
    return new PgLiveRepository(db.pool());
  }
}
