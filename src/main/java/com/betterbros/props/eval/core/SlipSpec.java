package com.betterbros.props.eval.core;

import com.betterbros.props.optimize.core.OptimizeMethod;
import java.util.Map;

/**
 * The slips a slip strategy builds each day, per platform: {@code k} slips of {@code size} legs in
 * {@code mode} ({@code power}: PrizePicks Power, Underdog standard, only a clean sweep pays;
 * {@code flex}: PrizePicks Flex, Underdog insured, partial hits pay), found by {@code method}.
 */
public record SlipSpec(int size, String mode, int k, OptimizeMethod method) {

  /** The platform's table mode for each request mode. */
  private static final Map<String, Map<String, String>> TABLE_MODES = Map.of(
      "power", Map.of("prizepicks", "power", "underdog", "standard"),
      "flex", Map.of("prizepicks", "flex", "underdog", "insured"));

  public SlipSpec {
    if (size < 2 || size > 6) {
      throw new IllegalArgumentException("slip.size must be in 2..6, got " + size);
    }
    if (!TABLE_MODES.containsKey(mode)) {
      throw new IllegalArgumentException("slip.mode must be power or flex, got " + mode);
    }
    if (k < 1 || k > 20) {
      throw new IllegalArgumentException("slip.k must be in 1..20, got " + k);
    }
  }

  /** The payout table mode of this slip on {@code platform} (e.g. flex on underdog: insured). */
  public String tableMode(String platform) {
    return TABLE_MODES.get(mode).get(platform);
  }

  /** The all-or-nothing table mode of a platform (power, standard): a reduced flex entry's fallback. */
  public static String powerMode(String platform) {
    return TABLE_MODES.get("power").get(platform);
  }
}
