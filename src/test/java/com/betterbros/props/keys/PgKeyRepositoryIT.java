package com.betterbros.props.keys;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgKeyRepository honours the KeyRepository contract on a real PostgreSQL")
class PgKeyRepositoryIT extends KeyRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_keys_repository");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected KeyRepository freshRepository() {
    db.truncate();
    return new PgKeyRepository(db.pool());
  }
}
