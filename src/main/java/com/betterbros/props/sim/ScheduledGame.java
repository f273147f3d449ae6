package com.betterbros.props.sim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One fixture of the schedule; rest days are full days off since the team's previous game. */
record ScheduledGame(
    LocalDate date, Instant startTime, String homeId, String awayId, int homeRest, int awayRest) {

  /** "g-20251021-BOS-NYK": date, away team, home team. */
  String id() {
    return "g-" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + awayId + "-" + homeId;
  }
}
