package com.betterbros.props.experiments;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgExperimentRepository honours the ExperimentRepository contract on a real PostgreSQL")
class PgExperimentRepositoryIT extends ExperimentRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_experiments");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected ExperimentRepository freshRepository() {
    db.truncate();
    return new PgExperimentRepository(db.pool());
  }
}
