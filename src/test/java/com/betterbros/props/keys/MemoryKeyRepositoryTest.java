package com.betterbros.props.keys;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryKeyRepository honours the KeyRepository contract")
class MemoryKeyRepositoryTest extends KeyRepositoryContract {

  @Override
  protected KeyRepository freshRepository() {
    return new MemoryKeyRepository();
  }
}
