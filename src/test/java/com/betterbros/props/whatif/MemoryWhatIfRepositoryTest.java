package com.betterbros.props.whatif;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemoryWhatIfRepository honours the WhatIfRepository contract")
class MemoryWhatIfRepositoryTest extends WhatIfRepositoryContract {

  @Override
  protected WhatIfRepository freshRepository() {
    return new MemoryWhatIfRepository();
  }
}
