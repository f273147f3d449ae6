package com.betterbros.props.history;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgIdentityRepository honours the IdentityRepository contract on a real PostgreSQL")
class PgIdentityRepositoryIT extends IdentityRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_identities");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected IdentityRepository freshRepository() {
    db.truncate();
    return new PgIdentityRepository(db.pool());
  }
}
