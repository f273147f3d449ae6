package com.betterbros.props.platforms;

/**
 * Thrown inside a parser when one feed entry cannot become a prop; the parser catches it, counts
 * {@link #reason()} and moves on. It never leaves {@link FeedParser#parse}. No stack trace is
 * captured: it is control flow, raised once per skipped entry.
 */
final class EntrySkipped extends RuntimeException {

  static final String COMBO = "combo";
  static final String PROMO = "promo";
  static final String NON_STANDARD_ODDS = "non_standard_odds";
  static final String UNKNOWN_STAT_TYPE = "unknown_stat_type";
  static final String INCOMPLETE = "incomplete";
  static final String INVALID_LINE = "invalid_line";
  static final String DUPLICATE = "duplicate";

  private final String reason;

  EntrySkipped(String reason) {
    super(reason, null, false, false);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
