package com.betterbros.props.context;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgContextRepository honours the ContextRepository contract on a real PostgreSQL")
class PgContextRepositoryIT extends ContextRepositoryContract {

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
  protected ContextRepository freshRepository() {
    db.truncate();
    return new PgContextRepository(db.pool());
  }
}
