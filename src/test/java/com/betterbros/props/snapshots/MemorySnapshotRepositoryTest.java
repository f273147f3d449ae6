package com.betterbros.props.snapshots;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MemorySnapshotRepository honours the SnapshotRepository contract")
class MemorySnapshotRepositoryTest extends SnapshotRepositoryContract {

  @Override
  protected SnapshotRepository freshRepository() {
    return new MemorySnapshotRepository();
  }
}
