package com.betterbros.props.jobs;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgJobRepository honours the JobRepository contract on a real PostgreSQL")
class PgJobRepositoryIT extends JobRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_jobs");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected JobRepository freshRepository() {
    db.truncate();
    return new PgJobRepository(db.pool());
  }
}
