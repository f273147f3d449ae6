package com.betterbros.props.live.core;

import java.util.ArrayList;
import java.util.List;

/**
 * When a priced prop has changed enough to tell subscribers: its line moved, its side flipped, its
 * p moved by at least {@code minPChange}, or its edge crossed one of {@code edgeThresholds} (e.g.
 * 0, 0.02, 0.05: the lines a user filters on). Smaller moves are not sent; they accumulate against
 * the last published value, so a slow drift is sent once it adds up.
 */
public record ChangeRules(double minPChange, List<Double> edgeThresholds) {

  public static final String LINE_MOVE = "line_move";
  public static final String P_CHANGE = "p_change";
  public static final String EDGE_THRESHOLD = "edge_threshold";

  public ChangeRules {
    if (!(minPChange >= 0)) {
      throw new IllegalArgumentException("minPChange must be >= 0, got " + minPChange);
    }
    edgeThresholds = List.copyOf(edgeThresholds);
  }

  /** Why {@code next} differs from the published {@code last}; empty when it is not worth an event. */
  public List<String> reasons(Edge last, Edge next) {
    List<String> reasons = new ArrayList<>(3);
    if (Double.compare(last.line(), next.line()) != 0) {
      reasons.add(LINE_MOVE);
    }
    if (!last.side().equals(next.side()) || Math.abs(next.p() - last.p()) >= minPChange && next.p() != last.p()) {
      reasons.add(P_CHANGE);
    }
    for (double t : edgeThresholds) {
      if ((last.edge() >= t) != (next.edge() >= t)) {
        reasons.add(EDGE_THRESHOLD);
        break;
      }
    }
    return reasons;
  }
}
