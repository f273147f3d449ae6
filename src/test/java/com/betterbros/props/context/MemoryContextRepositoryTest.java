package com.betterbros.props.context;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryContextRepository honours the ContextRepository contract")
class MemoryContextRepositoryTest extends ContextRepositoryContract {

  @Override
  protected ContextRepository freshRepository() {
    return new MemoryContextRepository();
  }
}
