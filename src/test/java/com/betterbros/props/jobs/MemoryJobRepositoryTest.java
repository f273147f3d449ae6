package com.betterbros.props.jobs;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryJobRepository honours the JobRepository contract")
class MemoryJobRepositoryTest extends JobRepositoryContract {

  @Override
  protected JobRepository freshRepository() {
    return new MemoryJobRepository();
  }
}
