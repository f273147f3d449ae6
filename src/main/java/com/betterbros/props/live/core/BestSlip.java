package com.betterbros.props.live.core;

import java.util.List;

/**
 * The best slip the optimizer finds on one platform's open board (legs from its highest edges).
 *
 * @param ev expected value per unit staked under the legs' correlation
 */
public record BestSlip(String platform, String mode, int size, double pAll, double ev, List<Leg> legs) {

  public BestSlip {
    legs = List.copyOf(legs);
  }

  /** One leg of the slip. */
  public record Leg(String propId, String playerName, String statType, double line, String side, double p) {}

  /** Whether {@code other} is the same slip (same legs and sides, in any order). */
  public boolean sameLegs(BestSlip other) {
    return other != null && legs.size() == other.legs.size()
        && legs.stream().allMatch(l -> other.legs.stream()
            .anyMatch(o -> o.propId().equals(l.propId()) && o.side().equals(l.side())));
  }
}
