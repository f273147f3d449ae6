package com.betterbros.props.eval.core;

import java.util.Locale;

/**
 * A way to split forecasts into segments, each a value of one attribute of the leg. Buckets:
 * {@code line_bucket} [0, 5), [5, 10), [10, 20), [20, 30), 30+; {@code edge_bucket} of the
 * favoured side's edge over the per-leg breakeven, below 0, [0, 0.02), [0.02, 0.05),
 * [0.05, 0.10), 0.10+; {@code rest_days} 0, 1, 2, 3+; {@code side} the favoured side;
 * {@code month} YYYY-MM; {@code player} the player id (a report keeps the top n by count).
 */
public enum Segment {
  STAT_TYPE,
  PLATFORM,
  SIDE,
  LINE_BUCKET,
  EDGE_BUCKET,
  HOME_AWAY,
  REST_DAYS,
  MONTH,
  PLAYER;

  /** The wire name, e.g. {@code line_bucket}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The segment named {@code wire}, or null. */
  public static Segment parse(String wire) {
    for (Segment s : values()) {
      if (s.wire().equals(wire)) {
        return s;
      }
    }
    return null;
  }

  /** The leg's value of this attribute; {@code breakeven} is the per-leg breakeven of its board. */
  public String valueOf(ScoredLeg leg, double breakeven) {
    return switch (this) {
      case STAT_TYPE -> leg.statType();
      case PLATFORM -> leg.platform();
      case SIDE -> leg.side();
      case LINE_BUCKET -> lineBucket(leg.line());
      case EDGE_BUCKET -> edgeBucket(leg.pSide() - breakeven);
      case HOME_AWAY -> leg.home() == null ? "unknown" : leg.home() ? "home" : "away";
      case REST_DAYS -> leg.restDays() == null ? "unknown" : leg.restDays() >= 3 ? "3+" : leg.restDays().toString();
      case MONTH -> leg.date().toString().substring(0, 7);
      case PLAYER -> leg.playerId();
    };
  }

  static String lineBucket(double line) {
    return line < 5 ? "0-5" : line < 10 ? "5-10" : line < 20 ? "10-20" : line < 30 ? "20-30" : "30+";
  }

  static String edgeBucket(double edge) {
    return edge < 0 ? "below_0" : edge < 0.02 ? "0-0.02" : edge < 0.05 ? "0.02-0.05" : edge < 0.10 ? "0.05-0.10"
        : "0.10+";
  }
}
