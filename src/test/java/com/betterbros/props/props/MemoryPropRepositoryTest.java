package com.betterbros.props.props;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryPropRepository honours the PropRepository contract")
class MemoryPropRepositoryTest extends PropRepositoryContract {

  @Override
  protected PropRepository freshRepository() {
    return new MemoryPropRepository();
  }
}
