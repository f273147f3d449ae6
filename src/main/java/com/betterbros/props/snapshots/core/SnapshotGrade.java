package com.betterbros.props.snapshots.core;

import java.util.List;
import java.util.Map;

/**
 * A snapshot scored against outcomes. Over the priced legs that settled over or under: the Brier
 * score of P(over). Over the recommended legs (priced, with a known breakeven their side clears):
 * each staked 1 unit, a win returning 1 / breakeven — the leg's share of the 2-leg Power payout it
 * was priced against (M = (1 / b)², so a leg at exactly breakeven has EV 0; a boosted line's
 * breakeven already divides by its multiplier) — a push or a void leg its stake (as a push or a
 * player who does not play takes the leg out of a PrizePicks or Underdog entry), a pending leg not
 * counted. Hit rate = won / settled; ROI = (returned - staked) / staked; null without any.
 */
public record SnapshotGrade(int items, int settled, int pushes, int voids, int pending, int recommended,
    int recommendedSettled, int recommendedWon, double staked, double returned, Double hitRate, Double brier,
    Double roi) {

  /** Grades {@code items} against their outcomes by prop id (an item without one is pending). */
  public static SnapshotGrade of(List<SnapshotItem> items, Map<String, GradedLeg> outcomes) {
    int settled = 0;
    int pushes = 0;
    int voids = 0;
    int pending = 0;
    int recommended = 0;
    int recSettled = 0;
    int recWon = 0;
    double staked = 0;
    double returned = 0;
    double squares = 0;
    int scored = 0;
    for (SnapshotItem item : items) {
      GradedLeg leg = outcomes.get(item.propId());
      Outcome o = leg == null ? Outcome.PENDING : leg.outcome();
      switch (o) {
        case OVER, UNDER -> settled++;
        case PUSH -> pushes++;
        case VOID -> voids++;
        case PENDING -> pending++;
      }
      if (item.priced() && o.decided()) {
        double y = o == Outcome.OVER ? 1 : 0;
        squares += (item.pOver() - y) * (item.pOver() - y);
        scored++;
      }
      if (!item.recommended()) {
        continue;
      }
      recommended++;
      if (o == Outcome.PENDING) {
        continue;
      }
      staked += 1;
      if (o.decided()) {
        recSettled++;
        if (o.name().equalsIgnoreCase(item.side())) {
          recWon++;
          returned += 1 / item.breakeven();
        }
      } else {
        returned += 1;
      }
    }
    return new SnapshotGrade(items.size(), settled, pushes, voids, pending, recommended, recSettled, recWon, staked,
        returned, recSettled == 0 ? null : (double) recWon / recSettled, scored == 0 ? null : squares / scored,
        staked == 0 ? null : (returned - staked) / staked);
  }
}
