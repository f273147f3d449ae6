package com.betterbros.props.users;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryUserRepository honours the UserRepository contract")
class MemoryUserRepositoryTest extends UserRepositoryContract {

  @Override
  protected UserRepository freshRepository() {
    return new MemoryUserRepository();
  }
}
