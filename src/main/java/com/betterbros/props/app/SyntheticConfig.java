package com.betterbros.props.app;

/** The synthetic season: its seed, its length in days, and whether embedded mode loads it at start. */
public record SyntheticConfig(long seed, int days, boolean loadOnStart) {

  static SyntheticConfig from(ConfigValues v) {
    return new SyntheticConfig(
        v.longValue("seed", 42),
        v.integer("days", 90, 2, 400),
        v.bool("load_on_start", true));
  }
}
