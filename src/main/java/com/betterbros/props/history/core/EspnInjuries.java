package com.betterbros.props.history.core;

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
 * status under {@code injuries.not_stored}. A stored entry is a spell from the entry's own date
 * (ESPN's {@code date}, the day the entry was last updated, as a US/Eastern date; the day the
 * report was read when it has none) to the day the report was read: the report says the player
 * is out now, and his entry has not changed since its date. A later sync that still lists him
 * extends the same spell (it is keyed by player and start); once he is off the report, the spell
 * ends on the last day a sync read him on it. The status is
 * stored lower-cased ({@code out}, {@code doubtful}).
 */
public final class EspnInjuries {

  /** The statuses stored as spells, lower-cased. */
  static final Set<String> STORED = Set.of("out", "doubtful");

  /** The rule as the sync result states it. */
  public static final String RULE = "only Out and Doubtful are stored, each as a spell from the entry's US/Eastern"
      + " date (else the day the report was read) to the day the report was read; Day-To-Day, Questionable,"
      + " Probable and other statuses are counted in not_stored and not stored";

  private EspnInjuries() {}

  /** ESPN's status lower-cased, "unknown" when absent. */
  public static String status(EspnInjury i) {
    return i.status() == null || i.status().isBlank() ? "unknown" : i.status().trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the entry becomes a spell. */
  public static boolean stored(EspnInjury i) {
    return STORED.contains(status(i));
  }

  /** The spell's first day: the entry's date, else the day the report was read. */
  public static LocalDate start(EspnInjury i, LocalDate readOn) {
    return i.date() != null ? i.date() : readOn;
  }

  /** The spell's last day: the day the report was read (the start, for an entry dated after it). */
  public static LocalDate end(EspnInjury i, LocalDate readOn) {
    LocalDate start = start(i, readOn);
    return start.isAfter(readOn) ? start : readOn;
  }
}
