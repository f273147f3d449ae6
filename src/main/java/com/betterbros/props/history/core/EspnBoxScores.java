package com.betterbros.props.history.core;

import com.betterbros.props.espn.EspnPlayerLine;
import java.util.Locale;

/**
 * ESPN player lines and roster positions on history's terms (pure). A line gives a box-score row
 * only when the player played: a DNP, or a line with no stat at all, gives none (it is not a
 * zero). Every column ESPN left out stays unknown (NaN), never 0.
 */
public final class EspnBoxScores {

  private EspnBoxScores() {}

  /** Whether the line is a game the player played: not a DNP, and at least one stat known. */
  public static boolean played(EspnPlayerLine l) {
    return !l.didNotPlay() && hasStats(l);
  }

  /** Whether ESPN gave any number for the line. */
  public static boolean hasStats(EspnPlayerLine l) {
    return l.minutes() != null || l.points() != null || l.rebounds() != null || l.assists() != null
        || l.steals() != null || l.blocks() != null || l.turnovers() != null || l.fgm() != null
        || l.fga() != null || l.fg3m() != null || l.fg3a() != null || l.ftm() != null || l.fta() != null
        || l.oreb() != null || l.dreb() != null || l.fouls() != null;
  }

  /** The line's box score: every ESPN column that is known, in history's units (decimal minutes). */
  public static BoxScore box(EspnPlayerLine l) {
    return BoxScore.builder()
        .set(BoxStat.MIN, l.minutes())
        .set(BoxStat.PTS, l.points())
        .set(BoxStat.REB, l.rebounds())
        .set(BoxStat.AST, l.assists())
        .set(BoxStat.STL, l.steals())
        .set(BoxStat.BLK, l.blocks())
        .set(BoxStat.TOV, l.turnovers())
        .set(BoxStat.FGM, l.fgm())
        .set(BoxStat.FGA, l.fga())
        .set(BoxStat.FG3M, l.fg3m())
        .set(BoxStat.FG3A, l.fg3a())
        .set(BoxStat.FTM, l.ftm())
        .set(BoxStat.FTA, l.fta())
        .set(BoxStat.OREB, l.oreb())
        .set(BoxStat.DREB, l.dreb())
        .set(BoxStat.PF, l.fouls())
        .build();
  }

  /**
   * An ESPN roster position as the history's G / F / C (the synthetic season's and the feature
   * set's positions): PG, SG and G are G; SF, PF and F are F; C is C; a dual position ("G-F",
   * "F-C") is its first part. Anything else is null (unknown, never guessed).
   */
  public static String position(String espn) {
    if (espn == null || espn.isBlank()) {
      return null;
    }
    String first = espn.trim().toUpperCase(Locale.ROOT).split("[-/]")[0];
    return switch (first) {
      case "PG", "SG", "G" -> "G";
      case "SF", "PF", "F" -> "F";
      case "C" -> "C";
      default -> null;
    };
  }
}
