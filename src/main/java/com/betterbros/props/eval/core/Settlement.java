package com.betterbros.props.eval.core;

import com.betterbros.props.optimize.core.PayoutTable;
import com.betterbros.props.optimize.core.PayoutVersion;
import java.util.List;
import java.util.Optional;

/**
 * How a bet pays, as PrizePicks and Underdog settle entries. A single leg (the engine's unit of a
 * leg bet: its share of a 2-leg Power entry) returns stake / breakeven when it wins, nothing when
 * it loses, and its stake on a push or a void. A slip drops its pushed and voided legs and is
 * settled as the smaller entry: with n' legs left it pays the same mode's n'-leg table, or the
 * platform's all-or-nothing table of n' legs when the mode has none (a reduced Flex entry pays as
 * a Power entry), times the product of the remaining legs' multipliers; an entry left with fewer
 * than 2 legs, or with no table for its size, is refunded.
 */
public final class Settlement {

  /** A settled slip: its payout (stake included) and the legs it was settled with (0: refunded). */
  public record Settled(double payout, int size) {}

  private Settlement() {}

  /** The payout of a single-leg bet. */
  public static double single(BetLeg leg, double stake) {
    return switch (leg.outcome()) {
      case WON -> stake / leg.breakeven();
      case LOST -> 0;
      case PUSH, VOID -> stake;
    };
  }

  /** The payout of a slip of {@code legs} in {@code mode} on {@code platform} under {@code version}. */
  public static Settled slip(List<BetLeg> legs, String platform, String mode, PayoutVersion version, double stake) {
    int left = 0;
    int hits = 0;
    double factor = 1;
    for (BetLeg leg : legs) {
      if (!leg.outcome().removed()) {
        left++;
        factor *= leg.multiplier();
        hits += leg.outcome() == LegOutcome.WON ? 1 : 0;
      }
    }
    if (left < 2) {
      return new Settled(stake, 0);
    }
    Optional<PayoutTable> table = version.table(platform, mode, left);
    if (table.isEmpty() && left < legs.size()) {
      table = version.table(platform, SlipSpec.powerMode(platform), left);
    }
    if (table.isEmpty()) {
      return new Settled(stake, 0);
    }
    return new Settled(stake * table.get().multiplier(hits) * factor, left);
  }
}
