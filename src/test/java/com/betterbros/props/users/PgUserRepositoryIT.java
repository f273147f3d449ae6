package com.betterbros.props.users;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgUserRepository honours the UserRepository contract on a real PostgreSQL")
class PgUserRepositoryIT extends UserRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_users_repository");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected UserRepository freshRepository() {
    db.truncate();
    return new PgUserRepository(db.pool());
  }
}
