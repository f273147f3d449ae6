package com.betterbros.props.history;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryIdentityRepository honours the IdentityRepository contract")
class MemoryIdentityRepositoryTest extends IdentityRepositoryContract {

  @Override
  protected IdentityRepository freshRepository() {
    return new MemoryIdentityRepository();
  }
}
