package com.betterbros.props.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Canonical game ids and calendar dates. A game's date is its US/Eastern calendar date (the NBA's
 * own: a 7:30 pm ET tip is the next day in UTC). Its id is {@code <sport>-<yyyyMMdd>-<A>-<B>} with
 * the two team codes in alphabetical order, so every source that knows the date and the two teams
 * (a board does not know which is at home) names the same game.
 */
public final class GameIds {

  public static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private GameIds() {}

  /** The canonical id of the game of {@code teamA} and {@code teamB} on {@code date}. */
  public static String of(String sport, LocalDate date, String teamA, String teamB) {
    String first = teamA.compareTo(teamB) <= 0 ? teamA : teamB;
    String second = teamA.compareTo(teamB) <= 0 ? teamB : teamA;
    return sport.toLowerCase(Locale.ROOT) + "-" + date.format(DAY) + "-" + first + "-" + second;
  }

  /** The US/Eastern calendar date of an instant. */
  public static LocalDate easternDate(Instant instant) {
    return instant.atZone(EASTERN).toLocalDate();
  }
}
