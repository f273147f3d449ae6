package com.betterbros.props.app;

import com.betterbros.props.config.ConfigValues;

/**
 * The synthetic season: its seed, its length in days, whether embedded mode loads it at start,
 * and whether a node with no production model trains and promotes a first one in the background
 * (any mode, as soon as the history allows; the key kept its first name, "train_on_start").
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
