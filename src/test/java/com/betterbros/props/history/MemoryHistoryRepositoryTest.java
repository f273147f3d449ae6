package com.betterbros.props.history;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryHistoryRepository honours the HistoryRepository contract")
class MemoryHistoryRepositoryTest extends HistoryRepositoryContract {

  @Override
  protected HistoryRepository freshRepository() {
    return new MemoryHistoryRepository();
  }
}
