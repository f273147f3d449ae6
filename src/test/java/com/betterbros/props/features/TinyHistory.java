package com.betterbros.props.features;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handmade history small enough to check features by hand. Team A plays B (home, 2025-11-01,
 * pace 100), at C (11-03, pace 96), B again (home, 11-04, pace 98), then the target game at B on
 * 11-05 (A on a back-to-back) and C on 11-07. Only A's players have box scores:
 * guard "p" scores 10, 20, 30 in 30 minutes each; forward "q" scores 20, 5, 20 in 10 minutes each
 * and is injured from 11-05 to 11-10. The target and later games carry absurd numbers, which no
 * feature of the target game may see.
 */
public final class TinyHistory {

  static final LocalDate TARGET_DATE = LocalDate.of(2025, 11, 5);
  static final String TARGET_GAME = "g4";

  static final List<Team> TEAMS = List.of(team("A"), team("B"), team("C"));

  public static final List<Player> PLAYERS = List.of(
      new Player("p", "Pat Guard", "A", "G"),
      new Player("q", "Quinn Forward", "A", "F"),
      new Player("r", "Rookie Centre", "A", "C"));

  public static final List<Game> GAMES = List.of(
      game("g1", "2025-11-01", "A", "B", 3, 3, 100.0),
      game("g2", "2025-11-03", "C", "A", 2, 1, 96.0),
      game("g3", "2025-11-04", "A", "B", 0, 2, 98.0),
      game("g4", "2025-11-05", "B", "A", 0, 0, 200.0),
      game("g5", "2025-11-07", "A", "C", 1, 3, 150.0));

  public static final List<PlayerGameStat> STATS = List.of(
      row("p", "g1", "A", "B", "2025-11-01", true, 10, 30),
      row("q", "g1", "A", "B", "2025-11-01", true, 20, 10),
      row("p", "g2", "A", "C", "2025-11-03", false, 20, 30),
      row("q", "g2", "A", "C", "2025-11-03", false, 5, 10),
      row("p", "g3", "A", "B", "2025-11-04", true, 30, 30),
      row("q", "g3", "A", "B", "2025-11-04", true, 20, 10),
      row("p", "g4", "A", "B", "2025-11-05", false, 99, 48),
      row("p", "g5", "A", "C", "2025-11-07", true, 99, 48));

  public static final List<Injury> INJURIES = List.of(new Injury("q", "Quinn Forward", "A",
      LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 10), "out", "ankle sprain"));

  private TinyHistory() {}

  public static HistoryIndex index() {
    return HistoryIndex.of(GAMES, STATS, INJURIES, PLAYERS);
  }

  /** The request for a player of team A in the target game. */
  public static FeatureRequest request(String playerId, String stat, Double line) {
    return FeatureRequest.forGame(playerId, "A", GAMES.get(3), stat, line);
  }

  public static Game game(String id, String date, String home, String away, int homeRest, int awayRest, double pace) {
    LocalDate d = LocalDate.parse(date);
    return new Game(id, "NBA", d, Instant.parse(date + "T00:00:00Z"), home, away, homeRest, awayRest,
        100, 95, pace, "final");
  }

  static PlayerGameStat row(String player, String game, String team, String opp, String date, boolean home,
      int points, double minutes) {
    return PlayerGameStat.of(player, game, team, opp, LocalDate.parse(date), home, 1, minutes,
        points, points / 5, points / 10, points / 10, 1, 0, 2);
  }

  private static Team team(String id) {
    return new Team(id, "NBA", "City " + id, "Team " + id, "East", 40.0, -75.0);
  }
}
