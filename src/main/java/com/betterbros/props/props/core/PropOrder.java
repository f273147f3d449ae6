package com.betterbros.props.props.core;

import java.util.Comparator;

/**
 * The comparators of the {@link PropSort}s that sort by a value (the in-memory store's; the
 * PostgreSQL store's ORDER BY says the same): line up or down, or the case-folded player name
 * ({@link PropRows#fold}, compared as PostgreSQL's "C" collation does), each then by (start time, id).
 */
public final class PropOrder {

  private static final Comparator<Prop> START_ID =
      Comparator.comparing(Prop::startTime).thenComparing(Prop::id);

  private PropOrder() {}

  /** The comparator of {@code sort}; the (start time, id) orders are walks, not comparators. */
  public static Comparator<Prop> of(PropSort sort) {
    return switch (sort) {
      case LINE -> Comparator.comparingDouble(Prop::line).thenComparing(START_ID);
      case LINE_DESC -> Comparator.comparingDouble(Prop::line).reversed().thenComparing(START_ID);
      case PLAYER -> Comparator.comparing((Prop p) -> PropRows.fold(p.playerName())).thenComparing(START_ID);
      case START_TIME -> START_ID;
      case START_TIME_DESC -> START_ID.reversed();
      case UPCOMING -> throw new IllegalArgumentException("upcoming depends on now: walk it");
    };
  }
}
