package com.betterbros.props.snapshots;

import com.betterbros.props.config.ConfigValues;

/** The snapshots domain's settings ({@code snapshots} in application.yaml): the most props one snapshot holds. */
public record SnapshotsConfig(int maxItems) {

  public static SnapshotsConfig defaults() {
    return new SnapshotsConfig(2_000);
  }

  public static SnapshotsConfig from(ConfigValues v) {
    return new SnapshotsConfig(v.integer("max_items", 2_000, 1, 20_000));
  }
}
