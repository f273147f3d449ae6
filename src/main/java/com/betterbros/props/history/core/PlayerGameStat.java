package com.betterbros.props.history.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One player's box score on one date (a player plays at most one game a day: the natural key is
 * player and date). What the source did not say is null (game, team, opponent, home, rest) or
 * NaN in the box: never invented. {@code restDays} is the player's team's rest before the game.
 */
public record PlayerGameStat(
    String playerId,
    String gameId,
    String teamId,
    String opponentId,
    LocalDate date,
    Boolean home,
    Integer restDays,
    BoxScore box) {

  public PlayerGameStat {
    Objects.requireNonNull(box, "box");
  }

  /** A fully known row of the common columns (the synthetic season, tests). */
  public static PlayerGameStat of(String playerId, String gameId, String teamId, String opponentId,
      LocalDate date, boolean home, int restDays, double minutes, int points, int rebounds,
      int assists, int threes, int steals, int blocks, int turnovers) {
    return new PlayerGameStat(playerId, gameId, teamId, opponentId, date, home, restDays,
        BoxScore.of(minutes, points, rebounds, assists, threes, steals, blocks, turnovers));
  }

  /** The value of a normalised stat type, or NaN when this box score cannot answer it. */
  public double value(String statType) {
    return StatFormulas.value(box, statType);
  }

  /** Minutes played, NaN when unknown. */
  public double minutes() {
    return box.get(BoxStat.MIN);
  }

  public double points() {
    return box.get(BoxStat.PTS);
  }

  public double rebounds() {
    return box.get(BoxStat.REB);
  }

  public double assists() {
    return box.get(BoxStat.AST);
  }

  public double threes() {
    return box.get(BoxStat.FG3M);
  }

  public double steals() {
    return box.get(BoxStat.STL);
  }

  public double blocks() {
    return box.get(BoxStat.BLK);
  }

  public double turnovers() {
    return box.get(BoxStat.TOV);
  }

  /** Whether the row says which team the player played for and against whom. */
  public boolean hasTeams() {
    return teamId != null && opponentId != null;
  }

  /**
   * This row stored over {@code older} (same player and date): every field this row leaves
   * unknown keeps the older value, so a later, poorer source never erases what a richer one said.
   */
  public PlayerGameStat mergedOnto(PlayerGameStat older) {
    if (older == null) {
      return this;
    }
    return new PlayerGameStat(playerId,
        gameId != null ? gameId : older.gameId,
        teamId != null ? teamId : older.teamId,
        opponentId != null ? opponentId : older.opponentId,
        date,
        home != null ? home : older.home,
        restDays != null ? restDays : older.restDays,
        box.orElse(older.box));
  }
}
