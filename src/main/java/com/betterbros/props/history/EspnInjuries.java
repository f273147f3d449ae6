package com.betterbros.props.history;

import com.betterbros.props.espn.EspnInjury;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How an ESPN injury-report entry becomes an injury spell (pure).
 *
 * <p>The rule. The features read any stored spell as "the player is out that day"
 * ({@code features/HistoryIndex.isOut}), so only the statuses that mean a missed game are stored:
 * {@code Out} and {@code Doubtful}. {@code Day-To-Day}, {@code Questionable}, {@code Probable}
 * and anything else are not stored (the player may well play); the sync result counts them by
 * status under {@code injuries.not_stored}. A stored entry is a one-day spell on the entry's own
 * date (ESPN's {@code date}, the day the entry was last updated, as a US/Eastern date), or on the
 * day the report was read when the entry has no date: from that day to that day. ESPN updates an
 * out player's entry as games pass, so a later sync adds the new days as further one-day spells;
 * days between two entries are not filled in (they are unknown, not guessed). The status is
 * stored lower-cased ({@code out}, {@code doubtful}).
 */
final class EspnInjuries {

  /** The statuses stored as spells, lower-cased. */
  static final Set<String> STORED = Set.of("out", "doubtful");

  /** The rule as the sync result states it. */
  static final String RULE = "only Out and Doubtful are stored, each as a one-day spell on the entry's"
      + " US/Eastern date (else the day the report was read); Day-To-Day, Questionable, Probable and other"
      + " statuses are counted in not_stored and not stored";

  private EspnInjuries() {}

  /** ESPN's status lower-cased, "unknown" when absent. */
  static String status(EspnInjury i) {
    return i.status() == null || i.status().isBlank() ? "unknown" : i.status().trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the entry becomes a spell. */
  static boolean stored(EspnInjury i) {
    return STORED.contains(status(i));
  }

  /** The spell's one day: the entry's date, else the day the report was read. */
  static LocalDate day(EspnInjury i, LocalDate readOn) {
    return i.date() != null ? i.date() : readOn;
  }
}
