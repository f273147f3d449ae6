package com.betterbros.props.experiments;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryExperimentRepository honours the ExperimentRepository contract")
class MemoryExperimentRepositoryTest extends ExperimentRepositoryContract {

  @Override
  protected ExperimentRepository freshRepository() {
    return new MemoryExperimentRepository();
  }
}
