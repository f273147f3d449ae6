package com.betterbros.props.history.core;

import com.betterbros.props.espn.EspnBoxScore;
import com.betterbros.props.espn.EspnGame;
import com.betterbros.props.espn.EspnPlayerLine;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.identity.TeamCodes;
import java.util.List;
import java.util.Map;

/**
 * ESPN games on history's terms (pure). Team codes are canonical ({@code GS} is {@code GSW});
 * the id is the stored game of either team on that US/Eastern date, else the canonical
 * {@link GameIds#of}; ESPN's {@code homeAway} gives the sides. A final game carries its scores, a
 * scheduled or live one none (a live score is not a result); postponed and canceled games are not
 * stored.
 */
public final class EspnGames {

  /** Regulation: 48 minutes, 5 players on the floor (240 player-minutes). */
  private static final double REGULATION_MINUTES = 48;

  /** An overtime period adds 5 minutes, 25 player-minutes. */
  private static final double OVERTIME_MINUTES = 5;

  private EspnGames() {}

  /** Whether history stores this ESPN game at all (not postponed, not canceled). */
  public static boolean stored(EspnGame g) {
    return !EspnGame.POSTPONED.equals(g.status()) && !EspnGame.CANCELED.equals(g.status());
  }

  /**
   * The history game for an ESPN game; {@code byTeamDay} maps "TEAM|date" to the stored games.
   *
   * @throws IllegalArgumentException when a team is unknown, or a team's stored game that day is
   *     against someone else (the message says which)
   */
  public static Game game(EspnGame g, Map<String, Game> byTeamDay) {
    String home = TeamCodes.canonical(g.homeAbbr());
    String away = TeamCodes.canonical(g.awayAbbr());
    if (home == null || away == null) {
      throw new IllegalArgumentException("unknown team abbreviation '" + (home == null ? g.homeAbbr() : g.awayAbbr())
          + "'");
    }
    if (home.equals(away)) {
      throw new IllegalArgumentException("both sides are " + home);
    }
    String id = GameIds.of("NBA", g.date(), home, away);
    for (String team : List.of(home, away)) {
      Game known = byTeamDay.get(team + "|" + g.date());
      if (known != null) {
        if (!known.involves(home) || !known.involves(away)) {
          throw new IllegalArgumentException(team + " already has game " + known.id() + " on " + g.date()
              + " (against " + known.opponentOf(team) + "), not " + away + " @ " + home);
        }
        id = known.id();
      }
    }
    boolean fin = g.isFinal();
    return new Game(id, "NBA", g.date(), g.startTime(), home, away, null, null,
        fin ? g.homeScore() : null, fin ? g.awayScore() : null, null, fin ? Game.FINAL : Game.SCHEDULED, true);
  }

  /** The same game with its pace (null keeps it unknown). */
  public static Game withPace(Game g, Double pace) {
    return pace == null ? g : g.withPace(pace);
  }

  /**
   * Possessions per 48 minutes, from the player lines, or null when any line that played lacks
   * one of FGA, FTA, OREB, TOV or minutes (never estimated from partial counts). Method: the
   * basketball-reference estimate of Dean Oliver's possessions (Basketball on Paper, 2004):
   * {@code Poss = FGA + 0.44 FTA - OREB + TOV} per team, and
   * {@code Pace = 48 * (Poss_home + Poss_away) / 2 / game minutes}, the game minutes being
   * {@code 48 + 5 * overtimes}, overtimes counted from the team's player-minutes
   * ({@code round((min - 240) / 25)}) so that ESPN's whole-minute rounding does not skew it.
   * Rounded to 0.01.
   */
  public static Double pace(EspnBoxScore box, String homeAbbr, String awayAbbr) {
    double[] home = possessions(box.team(homeAbbr));
    double[] away = possessions(box.team(awayAbbr));
    if (home == null || away == null) {
      return null;
    }
    double playerMinutes = (home[1] + away[1]) / 2;
    long overtimes = Math.max(0, Math.round((playerMinutes - 5 * REGULATION_MINUTES) / (5 * OVERTIME_MINUTES)));
    double gameMinutes = REGULATION_MINUTES + OVERTIME_MINUTES * overtimes;
    double pace = REGULATION_MINUTES * (home[0] + away[0]) / 2 / gameMinutes;
    return Math.round(pace * 100) / 100.0;
  }

  /** {possessions, player-minutes} of one team's lines, or null when not derivable. */
  private static double[] possessions(List<EspnPlayerLine> lines) {
    double poss = 0;
    double minutes = 0;
    int played = 0;
    for (EspnPlayerLine l : lines) {
      if (!EspnBoxScores.played(l)) {
        continue;
      }
      if (l.fga() == null || l.fta() == null || l.oreb() == null || l.turnovers() == null || l.minutes() == null) {
        return null;
      }
      poss += l.fga() + 0.44 * l.fta() - l.oreb() + l.turnovers(); // Poss = FGA + 0.44 FTA - OREB + TOV
      minutes += l.minutes();
      played++;
    }
    return played == 0 || minutes <= 0 ? null : new double[] {poss, minutes};
  }
}
