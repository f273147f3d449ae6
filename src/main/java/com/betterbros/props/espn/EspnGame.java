package com.betterbros.props.espn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One NBA game as ESPN's site API describes it, from a scoreboard event or a summary header.
 *
 * @param eventId ESPN's event id, e.g. {@code "401810654"}
 * @param date the US/Eastern calendar date of the start (an evening game is the next UTC day)
 * @param startTime the start as ESPN gives it (UTC)
 * @param homeAbbr ESPN's abbreviation for the home team ({@code NY}, {@code GS}, {@code UTAH}...)
 * @param awayAbbr ESPN's abbreviation for the away team
 * @param homeTeamId ESPN's team id of the home team
 * @param awayTeamId ESPN's team id of the away team
 * @param homeScore the home score; null before tip-off or when ESPN gives none
 * @param awayScore the away score; null before tip-off or when ESPN gives none
 * @param status one of {@link #STATUSES}
 */
public record EspnGame(
    String eventId,
    LocalDate date,
    Instant startTime,
    String homeAbbr,
    String awayAbbr,
    String homeTeamId,
    String awayTeamId,
    Integer homeScore,
    Integer awayScore,
    String status) {

  /** Not started yet. */
  public static final String SCHEDULED = "scheduled";

  /** Under way, including half-time and breaks between periods. */
  public static final String IN_PROGRESS = "in_progress";

  /** Over; the scores are the final scores. */
  public static final String FINAL = "final";

  /** Moved to a later date. */
  public static final String POSTPONED = "postponed";

  /** Called off. */
  public static final String CANCELED = "canceled";

  /** Every value {@link #status()} can take. */
  public static final Set<String> STATUSES =
      Set.of(SCHEDULED, IN_PROGRESS, FINAL, POSTPONED, CANCELED);

  /** Checks the fields every game has; scores may be null. */
  public EspnGame {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(status, "status");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "status must be one of " + STATUSES + " (was " + status + ")");
    }
  }

  /** True when the game is over and its scores are final. */
  public boolean isFinal() {
    return FINAL.equals(status);
  }
}
