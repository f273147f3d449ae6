package com.betterbros.props.history.core;

/**
 * The columns a player's box score can carry, in the units of the NBA stats game logs: minutes
 * (decimal), then counts. Any of them may be unknown for a row (a file without the column, a
 * provider that does not report it): unknown is never zero.
 */
public enum BoxStat {
  MIN("minutes"),
  PTS("points"),
  REB("rebounds"),
  AST("assists"),
  STL("steals"),
  BLK("blocks"),
  TOV("turnovers"),
  FGM("fgm"),
  FGA("fga"),
  FG3M("threes"),
  FG3A("fg3a"),
  FTM("ftm"),
  FTA("fta"),
  OREB("oreb"),
  DREB("dreb"),
  PF("pf");

  private final String column;

  BoxStat(String column) {
    this.column = column;
  }

  /** The column's name in the database, the JSON and the {@code stats=} query list. */
  public String column() {
    return column;
  }
}
