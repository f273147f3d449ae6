package com.betterbros.props.snapshots.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two snapshots side by side, prop by prop: for each prop in both, how its line, P(over) and edge
 * moved from {@code a} to {@code b} and whether the favoured side flipped; the props only in
 * {@code b} (added) and only in {@code a} (removed); and counts. A move of P(over) counts as moved
 * at 0.01 or more.
 */
public record SnapshotComparison(List<Change> changes, List<SnapshotItem> added, List<SnapshotItem> removed,
    int common, int lineMoved, int pMoved, int sideFlipped) {

  /** One prop in both snapshots. Deltas are b - a; null where either side is unknown. */
  public record Change(SnapshotItem a, SnapshotItem b, double lineDelta, Double pOverDelta, Double edgeDelta,
      boolean sideFlipped) {}

  /** Moves of P(over) below this are noise, not a move. */
  public static final double P_MOVE = 0.01;

  public static SnapshotComparison of(List<SnapshotItem> a, List<SnapshotItem> b) {
    Map<String, SnapshotItem> before = new LinkedHashMap<>();
    a.forEach(i -> before.put(i.propId(), i));
    List<Change> changes = new ArrayList<>();
    List<SnapshotItem> added = new ArrayList<>();
    int lineMoved = 0;
    int pMoved = 0;
    int flipped = 0;
    for (SnapshotItem now : b) {
      SnapshotItem then = before.remove(now.propId());
      if (then == null) {
        added.add(now);
        continue;
      }
      Double dp = now.priced() && then.priced() ? now.pOver() - then.pOver() : null;
      Double de = now.edge() != null && then.edge() != null ? now.edge() - then.edge() : null;
      boolean flip = now.side() != null && then.side() != null && !now.side().equals(then.side());
      changes.add(new Change(then, now, now.line() - then.line(), dp, de, flip));
      lineMoved += now.line() != then.line() ? 1 : 0;
      pMoved += dp != null && Math.abs(dp) >= P_MOVE ? 1 : 0;
      flipped += flip ? 1 : 0;
    }
    return new SnapshotComparison(List.copyOf(changes), List.copyOf(added), List.copyOf(before.values()),
        changes.size(), lineMoved, pMoved, flipped);
  }
}
