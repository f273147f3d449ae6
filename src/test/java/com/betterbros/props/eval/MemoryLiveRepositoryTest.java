package com.betterbros.props.eval;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryLiveRepository honours the LiveRepository contract")
class MemoryLiveRepositoryTest extends LiveRepositoryContract {

  @Override
  protected LiveRepository freshRepository() {
    return new MemoryLiveRepository();
  }
}
