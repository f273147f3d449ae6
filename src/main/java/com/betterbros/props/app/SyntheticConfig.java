package com.betterbros.props.app;

/**
 * The synthetic season: its seed, its length in days, whether embedded mode loads it at start,
 * and whether embedded mode then trains and promotes a first model in the background.
 */
public record SyntheticConfig(long seed, int days, boolean loadOnStart, boolean trainOnStart) {

  static SyntheticConfig from(ConfigValues v) {
    return new SyntheticConfig(
        v.longValue("seed", 42),
        v.integer("days", 90, 2, 400),
        v.bool("load_on_start", true),
        v.bool("train_on_start", true));
  }
}
