package com.betterbros.props.model.core;

import java.util.Map;

/**
 * Power-play (all legs must win) multipliers per platform and slip size, used for the per-leg
 * breakeven M^(-1/n). PrizePicks Power and Underdog standard, as published in 2025.
 */
public final class PowerPayouts {

  private static final Map<String, Map<Integer, Double>> MULTIPLIERS = Map.of(
      "prizepicks", Map.of(2, 3.0, 3, 5.0, 4, 10.0, 5, 20.0, 6, 37.5),
      "underdog", Map.of(2, 3.0, 3, 6.0, 4, 10.0, 5, 20.0));

  private PowerPayouts() {}

  /** The multiplier, or null when the platform has no such slip. */
  public static Double multiplier(String platform, int legs) {
    Map<Integer, Double> table = MULTIPLIERS.get(platform);
    return table == null ? null : table.get(legs);
  }

  public static boolean knows(String platform) {
    return MULTIPLIERS.containsKey(platform);
  }
}
