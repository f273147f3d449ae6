package com.betterbros.props.eval;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgBacktestRepository honours the BacktestRepository contract on a real PostgreSQL")
class PgBacktestRepositoryIT extends BacktestRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_backtests");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected BacktestRepository freshRepository() {
    db.truncate();
    return new PgBacktestRepository(db.pool());
  }
}
