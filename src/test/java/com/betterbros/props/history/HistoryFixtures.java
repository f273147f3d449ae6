package com.betterbros.props.history;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A tiny league for history repository tests: three teams, four players, three games. */
final class HistoryFixtures {

  static final LocalDate D1 = LocalDate.parse("2025-01-10");
  static final LocalDate D2 = LocalDate.parse("2025-01-12");
  static final LocalDate D3 = LocalDate.parse("2025-01-14");

  static final Team DEN = new Team("DEN", "nba", "Denver", "Nuggets", "West", 39.7487, -105.0077);
  static final Team LAL = new Team("LAL", "nba", "Los Angeles", "Lakers", "West", 34.043, -118.2673);
  static final Team BOS = new Team("BOS", "nba", "Boston", "Celtics", null, 42.3662, -71.0621);

  static final Player JOKIC = new Player("nikola-jokic", "Nikola Jokić", "DEN", "C");
  static final Player MURRAY = new Player("jamal-murray", "Jamal Murray", "DEN", "G");
  static final Player LEBRON = new Player("lebron-james", "LeBron James", "LAL", "F");
  static final Player FREE_AGENT = new Player("free-agent", "Free Agent", null, null);

  static final Game G1 = new Game("g1", "nba", D1, Instant.parse("2025-01-11T02:00:00Z"),
      "DEN", "LAL", 1, 0, 118, 109, 99.25, "final");
  static final Game G2 = new Game("g2", "nba", D2, Instant.parse("2025-01-13T00:30:00Z"),
      "LAL", "BOS", 1, 2, 101, 104, 96.5, "final");
  static final Game G3 = new Game("g3", "nba", D3, Instant.parse("2025-01-15T00:00:00Z"),
      "BOS", "DEN", 1, 3, null, null, null, "scheduled");

  static final PlayerGameStat JOKIC_G1 =
      stat("nikola-jokic", "g1", "DEN", "LAL", D1, true, 1, 36.5, 31, 13, 11);
  static final PlayerGameStat MURRAY_G1 =
      stat("jamal-murray", "g1", "DEN", "LAL", D1, true, 1, 34.25, 22, 4, 7);
  static final PlayerGameStat LEBRON_G1 =
      stat("lebron-james", "g1", "LAL", "DEN", D1, false, 0, 35.0, 27, 8, 9);
  static final PlayerGameStat LEBRON_G2 =
      stat("lebron-james", "g2", "LAL", "BOS", D2, true, 1, 37.75, 30, 9, 6);

  private HistoryFixtures() {}

  static PlayerGameStat stat(String player, String game, String team, String opponent,
      LocalDate date, boolean home, int rest, double minutes, int points, int rebounds, int assists) {
    return PlayerGameStat.of(player, game, team, opponent, date, home, rest, minutes, points,
        rebounds, assists, points % 4, points % 3, rebounds % 3, assists % 5);
  }

  static List<Team> teams() {
    return List.of(LAL, DEN, BOS);
  }

  static List<Player> players() {
    return List.of(LEBRON, MURRAY, FREE_AGENT, JOKIC);
  }

  static List<Game> games() {
    return List.of(G3, G2, G1);
  }

  static List<PlayerGameStat> stats() {
    return List.of(LEBRON_G2, LEBRON_G1, MURRAY_G1, JOKIC_G1);
  }
}
