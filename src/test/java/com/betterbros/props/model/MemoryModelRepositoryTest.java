package com.betterbros.props.model;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryModelRepository honours the ModelRepository contract")
class MemoryModelRepositoryTest extends ModelRepositoryContract {

  @Override
  protected ModelRepository freshRepository() {
    return new MemoryModelRepository();
  }
}
