package com.betterbros.props.history.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One game on its US/Eastern calendar {@code date}. Scores and pace are null until known
 * ({@code status} "scheduled" or "final"; a final game imported from player rows alone has no
 * score). {@code startTime} and rest days are null when no source gave them. Rest days count full
 * days off since the team's previous game (0 = back-to-back). When {@code sidesKnown} is false
 * (a game known only from a board, which names the two teams but not the venue) the two teams are
 * in alphabetical order and which one is at home is unknown.
 */
public record Game(
    String id,
    String sport,
    LocalDate date,
    Instant startTime,
    String homeTeam,
    String awayTeam,
    Integer homeRestDays,
    Integer awayRestDays,
    Integer homeScore,
    Integer awayScore,
    Double pace,
    String status,
    boolean sidesKnown) {

  public static final String FINAL = "final";
  public static final String SCHEDULED = "scheduled";

  /** A game whose home and away sides are known. */
  public Game(String id, String sport, LocalDate date, Instant startTime, String homeTeam, String awayTeam,
      Integer homeRestDays, Integer awayRestDays, Integer homeScore, Integer awayScore, Double pace,
      String status) {
    this(id, sport, date, startTime, homeTeam, awayTeam, homeRestDays, awayRestDays, homeScore, awayScore,
        pace, status, true);
  }

  public boolean isFinal() {
    return FINAL.equals(status);
  }

  /** Whether both scores are known. */
  public boolean hasScore() {
    return homeScore != null && awayScore != null;
  }

  public boolean involves(String teamId) {
    return homeTeam.equals(teamId) || awayTeam.equals(teamId);
  }

  public String opponentOf(String teamId) {
    return homeTeam.equals(teamId) ? awayTeam : homeTeam;
  }

  /** Whether the team is at home: null when the sides are not known. */
  public Boolean isHome(String teamId) {
    return sidesKnown ? homeTeam.equals(teamId) : null;
  }

  /** The team's rest days before this game, null when unknown. */
  public Integer restDaysOf(String teamId) {
    if (!sidesKnown) {
      return null;
    }
    return homeTeam.equals(teamId) ? homeRestDays : awayRestDays;
  }

  /** The same game with this pace. */
  public Game withPace(Double newPace) {
    return new Game(id, sport, date, startTime, homeTeam, awayTeam, homeRestDays, awayRestDays, homeScore, awayScore,
        newPace, status, sidesKnown);
  }

  /** The same game with these rest days. */
  public Game withRestDays(Integer home, Integer away) {
    return new Game(id, sport, date, startTime, homeTeam, awayTeam, home, away, homeScore, awayScore, pace, status,
        sidesKnown);
  }

  /** The same game with this start time. */
  public Game withStartTime(Instant start) {
    return new Game(id, sport, date, start, homeTeam, awayTeam, homeRestDays, awayRestDays, homeScore, awayScore,
        pace, status, sidesKnown);
  }

  /**
   * This game stored over {@code older} (same id): what this record leaves unknown keeps the
   * older value, a final status is never set back to scheduled, and known sides win over unknown.
   */
  public Game mergedOnto(Game older) {
    if (older == null) {
      return this;
    }
    boolean flip = !sidesKnown && older.sidesKnown;
    Game base = flip ? older : this;
    Game other = flip ? this : older;
    boolean aligned = base.homeTeam.equals(other.homeTeam);
    return new Game(id,
        sport,
        date,
        startTime != null ? startTime : older.startTime,
        base.homeTeam,
        base.awayTeam,
        first(base.homeRestDays, aligned ? other.homeRestDays : other.awayRestDays),
        first(base.awayRestDays, aligned ? other.awayRestDays : other.homeRestDays),
        first(base.homeScore, aligned ? other.homeScore : other.awayScore),
        first(base.awayScore, aligned ? other.awayScore : other.homeScore),
        first(pace, older.pace),
        isFinal() || older.isFinal() ? FINAL : status,
        sidesKnown || older.sidesKnown);
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }
}
