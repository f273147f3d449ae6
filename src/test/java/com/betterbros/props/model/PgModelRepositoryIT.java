package com.betterbros.props.model;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgModelRepository honours the ModelRepository contract on a real PostgreSQL")
class PgModelRepositoryIT extends ModelRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_models");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected ModelRepository freshRepository() {
    db.truncate();
    return new PgModelRepository(db.pool());
  }
}
