package com.betterbros.props.whatif;

import com.betterbros.props.store.PgTestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("PgWhatIfRepository honours the WhatIfRepository contract on a real PostgreSQL")
class PgWhatIfRepositoryIT extends WhatIfRepositoryContract {

  private static PgTestStore db;

  @BeforeAll
  static void openDatabase() {
    db = PgTestStore.open("betterbros_test_whatif_scenarios");
  }

  @AfterAll
  static void closeDatabase() {
    db.close();
  }

  @Override
  protected WhatIfRepository freshRepository() {
    db.truncate();
    return new PgWhatIfRepository(db.pool());
  }
}
