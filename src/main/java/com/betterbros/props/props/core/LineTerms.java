package com.betterbros.props.props.core;

import java.util.Objects;
import java.util.Set;

/**
 * How a platform pays a line: its odds type ({@code standard}, PrizePicks' {@code goblin} and
 * {@code demon}, Underdog's {@code boosted} or {@code discounted}), which sides may be played
 * ({@code both}, {@code over}, {@code under}), and each side's payout multiplier as the feed
 * gives it: the factor the slip's payout is multiplied by when that side is in it (1 = the
 * standard table). A null multiplier on an offered side means the feed does not publish it (as
 * PrizePicks' projections feed for goblins and demons): such a side has no breakeven, and is
 * never priced as if it were standard.
 */
public record LineTerms(String oddsType, String sides, Double overMultiplier, Double underMultiplier) {

  public static final String STANDARD_ODDS = "standard";
  public static final Set<String> SIDES = Set.of("both", "over", "under");
  public static final LineTerms STANDARD = new LineTerms(STANDARD_ODDS, "both", 1.0, 1.0);

  public LineTerms {
    Objects.requireNonNull(oddsType, "oddsType");
    if (!SIDES.contains(sides)) {
      throw new IllegalArgumentException("sides must be one of " + SIDES + ", got " + sides);
    }
    check("overMultiplier", overMultiplier);
    check("underMultiplier", underMultiplier);
  }

  public boolean isStandard() {
    return STANDARD.equals(this);
  }

  /** Whether the side ("over" or "under") may be played. */
  public boolean offers(String side) {
    return "both".equals(sides) || sides.equals(side);
  }

  /** The side's multiplier; null when not offered or not published. */
  public Double multiplier(String side) {
    if (!offers(side)) {
      return null;
    }
    return "over".equals(side) ? overMultiplier : underMultiplier;
  }

  private static void check(String field, Double m) {
    if (m != null && !(m > 0 && Double.isFinite(m))) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, got " + m);
    }
  }
}
