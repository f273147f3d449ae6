package com.betterbros.props.history;

import static com.betterbros.props.history.HistoryFixtures.*;
import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.history.core.BoxScore;
import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.store.SaveCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link HistoryRepository} contract, run against memory and PostgreSQL alike. */
abstract class HistoryRepositoryContract {

  protected HistoryRepository repo;

  /** An empty repository; called before each test. */
  protected abstract HistoryRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  private void saveLeague() {
    result(repo.saveTeams(teams()));
    result(repo.savePlayers(players()));
    result(repo.saveGames(games()));
    result(repo.saveStats(stats()));
  }

  @Test
  @DisplayName("Every field of every history record survives a round trip, nulls included")
  void roundTrip() {
    saveLeague();
    Game precise = new Game("g4", "nba", D3, Instant.parse("2025-01-15T03:04:05.678901999Z"),
        "DEN", "BOS", 0, 0, null, 99, 101.125, "live");
    result(repo.saveGames(List.of(precise)));

    assertThat(result(repo.team("DEN"))).isEqualTo(DEN);
    assertThat(result(repo.team("BOS"))).isEqualTo(BOS);
    assertThat(result(repo.player("nikola-jokic"))).isEqualTo(JOKIC);
    assertThat(result(repo.player("free-agent"))).isEqualTo(FREE_AGENT);
    assertThat(result(repo.game("g1"))).isEqualTo(G1);
    assertThat(result(repo.game("g3"))).isEqualTo(G3);
    assertThat(result(repo.game("g4")).startTime())
        .isEqualTo(Instant.parse("2025-01-15T03:04:05.678901Z"));
    assertThat(result(repo.game("g4")).homeScore()).isNull();
    assertThat(result(repo.game("g4")).awayScore()).isEqualTo(99);
    assertThat(result(repo.gameStats("g1"))).contains(JOKIC_G1, LEBRON_G1, MURRAY_G1);
  }

  @Test
  @DisplayName("Unknown ids give null or empty lists")
  void unknownIds() {
    saveLeague();
    assertThat(result(repo.team("NYK"))).isNull();
    assertThat(result(repo.player("nobody"))).isNull();
    assertThat(result(repo.game("g99"))).isNull();
    assertThat(result(repo.roster("NYK"))).isEmpty();
    assertThat(result(repo.playerStats("nobody", null, null))).isEmpty();
    assertThat(result(repo.teamStats("NYK", null, null))).isEmpty();
    assertThat(result(repo.gameStats("g99"))).isEmpty();
  }

  @Test
  @DisplayName("Teams are listed by id and saves replace what an id held")
  void teamsAndUpserts() {
    saveLeague();
    assertThat(result(repo.teams())).containsExactly(BOS, DEN, LAL);
    Game played = new Game("g3", "nba", D3, G3.startTime(), "BOS", "DEN", 1, 3, 120, 117, 98.0, "final");
    result(repo.saveGames(List.of(played)));
    assertThat(result(repo.game("g3"))).isEqualTo(played);
    Team renamed = new Team("BOS", "nba", "Boston", "Celtics", "East", 42.3662, -71.0621);
    result(repo.saveTeams(List.of(renamed)));
    assertThat(result(repo.teams())).containsExactly(renamed, DEN, LAL);
  }

  @Test
  @DisplayName("A roster is the team's current players by id; a traded player leaves it")
  void rosters() {
    saveLeague();
    assertThat(result(repo.roster("DEN"))).containsExactly(MURRAY, JOKIC);
    Player traded = new Player("jamal-murray", "Jamal Murray", "LAL", "G");
    result(repo.savePlayers(List.of(traded)));
    assertThat(result(repo.roster("DEN"))).containsExactly(JOKIC);
    assertThat(result(repo.roster("LAL"))).containsExactly(traded, LEBRON);
    assertThat(result(repo.roster(null))).isEmpty();
  }

  @Test
  @DisplayName("Games of a team include home and away games within inclusive dates, by date then id")
  void gamesOfTeam() {
    saveLeague();
    Game sameDay = new Game("g0", "nba", D1, G1.startTime(), "BOS", "NYK", 2, 2, null, null, null, "final");
    result(repo.saveGames(List.of(sameDay)));
    assertThat(result(repo.games("DEN", null, null))).containsExactly(G1, G3);
    assertThat(result(repo.games("LAL", D1, D2))).containsExactly(G1, G2);
    assertThat(result(repo.games("LAL", D2, D2))).containsExactly(G2);
    assertThat(result(repo.games("LAL", D2.plusDays(1), null))).isEmpty();
    assertThat(result(repo.games(null, null, D1))).containsExactly(sameDay, G1);
    assertThat(result(repo.games(null, D1.plusDays(1), D3))).containsExactly(G2, G3);
  }

  @Test
  @DisplayName("Box scores by player, team or game honour inclusive dates, ordered by date, game, player")
  void statQueries() {
    saveLeague();
    assertThat(result(repo.playerStats("lebron-james", null, null))).containsExactly(LEBRON_G1, LEBRON_G2);
    assertThat(result(repo.playerStats("lebron-james", D2, null))).containsExactly(LEBRON_G2);
    assertThat(result(repo.playerStats("lebron-james", null, D1))).containsExactly(LEBRON_G1);
    assertThat(result(repo.playerStats("lebron-james", D1.plusDays(1), D2.minusDays(1)))).isEmpty();
    assertThat(result(repo.teamStats("DEN", D1, D1))).containsExactly(MURRAY_G1, JOKIC_G1);
    assertThat(result(repo.teamStats("LAL", null, null))).containsExactly(LEBRON_G1, LEBRON_G2);
    assertThat(result(repo.gameStats("g1"))).containsExactly(MURRAY_G1, LEBRON_G1, JOKIC_G1);
  }

  @Test
  @DisplayName("Re-saving a box score replaces it, moving it to its new team")
  void statUpsert() {
    saveLeague();
    PlayerGameStat corrected = stat("jamal-murray", "g1", "LAL", "DEN", D1, false, 1, 30.0, 2, 1, 1);
    result(repo.saveStats(List.of(corrected)));
    assertThat(result(repo.teamStats("DEN", null, null))).containsExactly(JOKIC_G1);
    assertThat(result(repo.teamStats("LAL", null, null))).containsExactly(corrected, LEBRON_G1, LEBRON_G2);
    assertThat(result(repo.gameStats("g1"))).containsExactly(corrected, LEBRON_G1, JOKIC_G1);
  }

  @Test
  @DisplayName("A box score of an unknown player or game fails its whole batch")
  void statsNeedPlayerAndGame() {
    saveLeague();
    PlayerGameStat fresh = stat("nikola-jokic", "g2", "DEN", "LAL", D2, false, 1, 30.0, 20, 10, 10);
    for (PlayerGameStat orphan : List.of(
        stat("nobody", "g1", "DEN", "LAL", D1, true, 1, 1.0, 0, 0, 0),
        stat("nikola-jokic", "g99", "DEN", "LAL", D1, true, 1, 1.0, 0, 0, 0))) {
      assertThat(failure(repo.saveStats(List.of(fresh, orphan))))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(result(repo.playerStats("nikola-jokic", null, null))).containsExactly(JOKIC_G1);
  }

  @Test
  @DisplayName("A batch with an invalid row fails as a whole, for every kind of record")
  void invalidRowsFailAtomically() {
    Team ok = new Team("NYK", "nba", "New York", "Knicks", "East", 40.75, -73.99);
    assertThat(failure(repo.saveTeams(List.of(ok, new Team(null, "nba", "X", "Y", null, 0, 0)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(failure(repo.savePlayers(List.of(JOKIC, new Player("x", null, "DEN", "C")))))
        .isInstanceOf(IllegalArgumentException.class);
    Game noDate = new Game("g9", "nba", null, G1.startTime(), "DEN", "LAL", 0, 0, null, null, null, "final");
    assertThat(failure(repo.saveGames(List.of(G1, noDate)))).isInstanceOf(IllegalArgumentException.class);
    assertThat(result(repo.teams())).isEmpty();
    assertThat(result(repo.player("nikola-jokic"))).isNull();
    assertThat(result(repo.game("g1"))).isNull();
  }

  @Test
  @DisplayName("A season of 25,000 box scores is saved in one call")
  void bulkStats() {
    List<Player> players = new ArrayList<>();
    for (int p = 0; p < 500; p++) {
      players.add(new Player("p" + p, "Player " + p, "T" + (p % 30), "G"));
    }
    List<Game> games = new ArrayList<>();
    List<PlayerGameStat> stats = new ArrayList<>();
    for (int g = 0; g < 50; g++) {
      games.add(new Game("s" + g, "nba", D1.plusDays(g), G1.startTime().plusSeconds(86_400L * g),
          "T0", "T1", 1, 1, 100, 99, 98.0, "final"));
      for (int p = 0; p < 500; p++) {
        stats.add(stat("p" + p, "s" + g, "T" + (p % 30), "T0", D1.plusDays(g), p % 2 == 0, 1,
            20.0 + p % 17, p % 40, p % 15, p % 11));
      }
    }
    result(repo.savePlayers(players));
    result(repo.saveGames(games));
    long t0 = System.nanoTime();
    result(repo.saveStats(stats));
    System.out.printf("%s: saveStats of %,d box scores %.2f s%n",
        getClass().getSimpleName(), stats.size(), (System.nanoTime() - t0) / 1e9);
    assertThat(result(repo.playerStats("p7", null, null))).hasSize(50);
    assertThat(result(repo.gameStats("s49"))).hasSize(500);
    assertThat(result(repo.teamStats("T3", D1, D1.plusDays(9)))).hasSize(10 * 17);
  }

  @Test
  @DisplayName("A save reports inserted, updated and unchanged rows; saving the same rows again changes nothing")
  void saveCounts() {
    assertThat(result(repo.saveTeams(teams()))).isEqualTo(new SaveCounts(3, 0, 0));
    assertThat(result(repo.savePlayers(players()))).isEqualTo(new SaveCounts(4, 0, 0));
    assertThat(result(repo.saveGames(games()))).isEqualTo(new SaveCounts(3, 0, 0));
    assertThat(result(repo.saveStats(stats()))).isEqualTo(new SaveCounts(4, 0, 0));
    assertThat(result(repo.saveStats(stats()))).isEqualTo(new SaveCounts(0, 0, 4));
    assertThat(result(repo.saveGames(games()))).isEqualTo(new SaveCounts(0, 0, 3));
    PlayerGameStat corrected = stat("lebron-james", "g2", "LAL", "BOS", D2, true, 1, 37.75, 31, 9, 6);
    assertThat(result(repo.saveStats(List.of(corrected, LEBRON_G1)))).isEqualTo(new SaveCounts(0, 1, 1));
    assertThat(result(repo.players())).extracting(Player::id)
        .containsExactly("free-agent", "jamal-murray", "lebron-james", "nikola-jokic");
  }

  @Test
  @DisplayName("A poorer source never erases a richer one: unknown columns, team and game keep what is stored")
  void mergeKeepsKnownValues() {
    saveLeague();
    BoxScore partial = BoxScore.builder().set(BoxStat.MIN, 36.5).set(BoxStat.PTS, 32).set(BoxStat.FGA, 21).build();
    PlayerGameStat fromFile = new PlayerGameStat("nikola-jokic", null, null, null, D1, null, null, partial);
    assertThat(result(repo.saveStats(List.of(fromFile)))).isEqualTo(new SaveCounts(0, 1, 0));
    PlayerGameStat stored = result(repo.playerStats("nikola-jokic", null, null)).get(0);
    assertThat(stored.gameId()).isEqualTo("g1");
    assertThat(stored.teamId()).isEqualTo("DEN");
    assertThat(stored.home()).isTrue();
    assertThat(stored.points()).isEqualTo(32);
    assertThat(stored.rebounds()).isEqualTo(13);
    assertThat(stored.box().get(BoxStat.FGA)).isEqualTo(21);
    assertThat(stored.box().has(BoxStat.FTA)).isFalse();
    assertThat(result(repo.saveStats(List.of(fromFile)))).isEqualTo(new SaveCounts(0, 0, 1));
  }

  @Test
  @DisplayName("Rows without game or team are player history: listed for the player and the date range, not a team")
  void teamlessRows() {
    saveLeague();
    BoxScore box = BoxScore.builder().set(BoxStat.PTS, 12).set(BoxStat.REB, 3).build();
    PlayerGameStat teamless = new PlayerGameStat("free-agent", null, null, null, D2, null, null, box);
    result(repo.saveStats(List.of(teamless)));
    assertThat(result(repo.playerStats("free-agent", null, null))).containsExactly(teamless);
    assertThat(result(repo.stats(D2, D2))).containsExactly(teamless, LEBRON_G2);
    assertThat(result(repo.stats(null, null))).hasSize(5);
    PlayerGameStat back = result(repo.playerStats("free-agent", null, null)).get(0);
    assertThat(back.minutes()).isNaN();
    assertThat(back.value("points")).isEqualTo(12);
    assertThat(back.value("pts_rebs_asts")).as("assists unknown").isNaN();
  }

  @Test
  @DisplayName("A game first known from a board (sides unknown) and later from a box score is one game with both")
  void boardGameThenScore() {
    result(repo.saveTeams(teams()));
    Instant tip = Instant.parse("2025-01-15T00:30:00Z");
    Game fromBoard = new Game("nba-20250114-BOS-DEN", "NBA", D3, tip, "BOS", "DEN", null, null, null, null, null,
        "scheduled", false);
    Game fromFile = new Game("nba-20250114-BOS-DEN", "NBA", D3, null, "DEN", "BOS", null, 2, 110, 101, null,
        "final", true);
    result(repo.saveGames(List.of(fromBoard)));
    assertThat(result(repo.saveGames(List.of(fromFile)))).isEqualTo(new SaveCounts(0, 1, 0));
    Game merged = result(repo.game("nba-20250114-BOS-DEN"));
    assertThat(merged).isEqualTo(new Game("nba-20250114-BOS-DEN", "NBA", D3, tip, "DEN", "BOS", null, 2, 110, 101,
        null, "final", true));
    assertThat(result(repo.saveGames(List.of(fromBoard)))).as("the board again").isEqualTo(new SaveCounts(0, 0, 1));
    assertThat(result(repo.game("nba-20250114-BOS-DEN"))).isEqualTo(merged);
  }
}
