package com.betterbros.props.optimize.core;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One payout table: what a slip of {@code legs} legs of a platform's mode pays per unit staked,
 * by the number of winning legs. Hit counts absent from {@code multipliers} pay 0.
 *
 * @param platform e.g. prizepicks
 * @param mode e.g. power, flex
 * @param legs the slip size n
 * @param multipliers hits k (0..n) to the multiplier M_k of the stake (the stake included)
 */
public record PayoutTable(String platform, String mode, int legs, SortedMap<Integer, Double> multipliers) {

  /** Checks 1 <= legs, every k in 0..legs, every multiplier finite and >= 0, and M_n > 0. */
  public PayoutTable {
    if (legs < 1) {
      throw new IllegalArgumentException(platform + " " + mode + ": legs must be at least 1, got " + legs);
    }
    TreeMap<Integer, Double> copy = new TreeMap<>();
    for (Map.Entry<Integer, Double> e : multipliers.entrySet()) {
      int k = e.getKey();
      double m = e.getValue();
      if (k < 0 || k > legs) {
        throw new IllegalArgumentException(platform + " " + mode + " " + legs + ": hits must be in 0.." + legs + ", got " + k);
      }
      if (!Double.isFinite(m) || m < 0) {
        throw new IllegalArgumentException(platform + " " + mode + " " + legs + ": multiplier must be >= 0, got " + m);
      }
      copy.put(k, m);
    }
    if (copy.getOrDefault(legs, 0.0) <= 0) {
      throw new IllegalArgumentException(platform + " " + mode + " " + legs + ": all legs winning must pay");
    }
    multipliers = Collections.unmodifiableSortedMap(copy);
  }

  /** The multiplier M_k paid for exactly {@code hits} winning legs (0 when the table lists none). */
  public double multiplier(int hits) {
    return multipliers.getOrDefault(hits, 0.0);
  }

  /** M_0..M_n as an array indexed by the number of hits. */
  public double[] byHits() {
    double[] m = new double[legs + 1];
    multipliers.forEach((k, v) -> m[k] = v);
    return m;
  }

  /** True when only a clean sweep pays (Power, Underdog standard): breakeven is M^(-1/n). */
  public boolean allOrNothing() {
    return multipliers.keySet().stream().allMatch(k -> k == legs || multipliers.get(k) == 0);
  }
}
