package com.betterbros.props.whatif;

import com.betterbros.props.config.ConfigValues;

/**
 * The what-if domain's settings ({@code whatif} in application.yaml): its worker verticle's instances
 * and pool (sensitivity derivatives, scenario re-pricing), and the on/off shrinkage constant k.
 */
public record WhatIfConfig(int instances, int workerThreads, double shrinkage) {

  public static WhatIfConfig defaults() {
    return new WhatIfConfig(1, 2, 5);
  }

  public static WhatIfConfig from(ConfigValues v) {
    return new WhatIfConfig(
        v.integer("instances", 1, 1, 64),
        v.integer("worker_threads", 2, 1, 256),
        v.integer("shrinkage_games", 5, 0, 1000));
  }
}
