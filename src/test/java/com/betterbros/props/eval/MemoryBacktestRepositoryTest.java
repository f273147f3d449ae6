package com.betterbros.props.eval;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryBacktestRepository honours the BacktestRepository contract")
class MemoryBacktestRepositoryTest extends BacktestRepositoryContract {

  @Override
  protected BacktestRepository freshRepository() {
    return new MemoryBacktestRepository();
  }
}
