package com.betterbros.props.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.espn.EspnBoxScore;
import com.betterbros.props.espn.EspnFixtures;
import com.betterbros.props.espn.EspnGame;
import com.betterbros.props.espn.EspnInjury;
import com.betterbros.props.espn.EspnPlayerLine;
import com.betterbros.props.espn.EspnSummaryParser;
import com.betterbros.props.history.core.BoxScore;
import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.EspnBoxScores;
import com.betterbros.props.history.core.EspnGames;
import com.betterbros.props.history.core.EspnInjuries;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ESPN sync rules: games, pace, box scores, positions and the injury-status rule")
class EspnSyncRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 19);
  private static final Instant TIP = Instant.parse("2026-02-20T03:00:00Z");

  private static EspnGame game(String status, Integer home, Integer away) {
    return new EspnGame("401810654", DAY, TIP, "GS", "BOS", "9", "2", home, away, status);
  }

  @Test
  @DisplayName("a final game gets canonical codes, the canonical id, its sides and its scores")
  void finalGame() {
    Game g = EspnGames.game(game(EspnGame.FINAL, 112, 108), Map.of());
    assertThat(g.id()).isEqualTo("nba-20260219-BOS-GSW");
    assertThat(g.homeTeam()).isEqualTo("GSW");
    assertThat(g.awayTeam()).isEqualTo("BOS");
    assertThat(g.sidesKnown()).isTrue();
    assertThat(g.status()).isEqualTo(Game.FINAL);
    assertThat(g.homeScore()).isEqualTo(112);
    assertThat(g.startTime()).isEqualTo(TIP);
  }

  @Test
  @DisplayName("a live game is stored as scheduled without its running score; postponed games are not stored")
  void liveAndPostponed() {
    Game live = EspnGames.game(game(EspnGame.IN_PROGRESS, 50, 48), Map.of());
    assertThat(live.status()).isEqualTo(Game.SCHEDULED);
    assertThat(live.homeScore()).isNull();
    assertThat(EspnGames.stored(game(EspnGame.POSTPONED, null, null))).isFalse();
    assertThat(EspnGames.stored(game(EspnGame.CANCELED, null, null))).isFalse();
  }

  @Test
  @DisplayName("the team's stored game of the day keeps its id; one against another opponent is an error")
  void storedGameOfTheDay() {
    Map<String, Game> byTeamDay = new HashMap<>();
    Game board = new Game("pp-game-7", "NBA", DAY, null, "BOS", "GSW", null, null, null, null, null,
        Game.SCHEDULED, false);
    byTeamDay.put("GSW|" + DAY, board);
    assertThat(EspnGames.game(game(EspnGame.SCHEDULED, null, null), byTeamDay).id()).isEqualTo("pp-game-7");
    byTeamDay.put("GSW|" + DAY, new Game("nba-20260219-GSW-LAL", "NBA", DAY, null, "GSW", "LAL", null, null,
        null, null, null, Game.SCHEDULED, true));
    assertThatThrownBy(() -> EspnGames.game(game(EspnGame.SCHEDULED, null, null), byTeamDay))
        .hasMessageContaining("GSW already has game nba-20260219-GSW-LAL");
  }

  @Test
  @DisplayName("pace from the hand-made summary: 48 (Poss_GS + Poss_BOS) / 2 / 48 = (92.92 + 97.92) / 2")
  void paceFromSummary() {
    EspnBoxScore box = EspnSummaryParser.parse(EspnFixtures.read("summary_401810654.json"));
    // GS: 81 FGA + 0.44 * 18 FTA - 7 OREB + 11 TOV = 92.92; BOS: 88 + 7.92 - 9 + 11 = 97.92
    assertThat(EspnGames.pace(box, "GS", "BOS")).isEqualTo(95.42);
  }

  @Test
  @DisplayName("no pace when a player who played lacks a possession column, and none without lines")
  void paceUnknown() {
    EspnBoxScore complete = new EspnBoxScore(game(EspnGame.FINAL, 100, 90),
        List.of(line("GS", 240.0, 90), line("BOS", 240.0, 80)));
    // Poss = FGA + 0.44 FTA - OREB + TOV: 90.88 and 80.88; regulation, so pace = their mean
    assertThat(EspnGames.pace(complete, "GS", "BOS")).isEqualTo(85.88);
    EspnBoxScore noFga = new EspnBoxScore(game(EspnGame.FINAL, 100, 90),
        List.of(line("GS", 240.0, null), line("BOS", 240.0, 80)));
    assertThat(EspnGames.pace(noFga, "GS", "BOS")).isNull();
    EspnBoxScore overtime = new EspnBoxScore(game(EspnGame.FINAL, 100, 90),
        List.of(line("GS", 264.0, 90), line("BOS", 266.0, 80)));
    // one overtime (265 player-minutes = 240 + 25): 48 * 85.88 / 53 = 77.78, tolerance the 0.01 rounding
    assertThat(EspnGames.pace(overtime, "GS", "BOS")).isCloseTo(48 * 85.88 / 53, within(0.005));
    assertThat(EspnGames.pace(new EspnBoxScore(game(EspnGame.FINAL, 1, 0), List.of()), "GS", "BOS")).isNull();
  }

  @Test
  @DisplayName("a DNP or a line without any stat gives no row; an unknown column stays unknown, not 0")
  void boxScores() {
    EspnPlayerLine dnp = new EspnPlayerLine("1", "A Player", "GS", false, true, "COACH'S DECISION", null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(EspnBoxScores.played(dnp)).isFalse();
    EspnPlayerLine empty = new EspnPlayerLine("3", "C Player", "GS", false, false, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(EspnBoxScores.played(empty)).isFalse();
    EspnPlayerLine played = line("GS", 12.5, null);
    assertThat(EspnBoxScores.played(played)).isTrue();
    BoxScore box = EspnBoxScores.box(played);
    assertThat(box.get(BoxStat.MIN)).isEqualTo(12.5);
    assertThat(box.has(BoxStat.FGA)).isFalse();
    assertThat(box.has(BoxStat.PTS)).isFalse();
  }

  @ParameterizedTest(name = "ESPN position {0} is {1}")
  @CsvSource(value = {"PG,G", "SG,G", "G,G", "SF,F", "PF,F", "F,F", "C,C", "G-F,G", "F-C,F", "NULL,NULL",
      "X,NULL"}, nullValues = "NULL")
  @DisplayName("roster positions map to G / F / C, unknown ones to null")
  void positions(String espn, String history) {
    assertThat(EspnBoxScores.position(espn)).isEqualTo(history);
  }

  @ParameterizedTest(name = "status {0} stored: {1}")
  @CsvSource({"Out,true", "OUT,true", "Doubtful,true", "Day-To-Day,false", "Questionable,false",
      "Probable,false", "Suspension,false"})
  @DisplayName("only Out and Doubtful become spells, since the features read any spell as out")
  void injuryStatuses(String status, boolean stored) {
    assertThat(EspnInjuries.stored(new EspnInjury("1", "A Player", "GS", status, DAY, null))).isEqualTo(stored);
  }

  @Test
  @DisplayName("a spell runs from the entry's date (else the day read) to the day the report was read")
  void injuryDay() {
    LocalDate readOn = LocalDate.of(2026, 2, 21);
    EspnInjury dated = new EspnInjury("1", "A", "GS", "Out", DAY, null);
    EspnInjury undated = new EspnInjury("1", "A", "GS", "Out", null, null);
    EspnInjury future = new EspnInjury("1", "A", "GS", "Out", readOn.plusDays(1), null);
    assertThat(DAY).isBefore(readOn);
    assertThat(EspnInjuries.start(dated, readOn)).isEqualTo(DAY);
    assertThat(EspnInjuries.end(dated, readOn)).isEqualTo(readOn);
    assertThat(EspnInjuries.start(undated, readOn)).isEqualTo(readOn);
    assertThat(EspnInjuries.end(undated, readOn)).isEqualTo(readOn);
    assertThat(EspnInjuries.end(future, readOn)).as("never before its start").isEqualTo(readOn.plusDays(1));
    assertThat(EspnInjuries.status(new EspnInjury("1", "A", "GS", null, null, null))).isEqualTo("unknown");
  }

  /** A line of {@code team} with minutes and FGA as given, FTA 2, OREB 1 and TOV 1, the rest unknown. */
  private static EspnPlayerLine line(String team, Double minutes, Integer fga) {
    return new EspnPlayerLine("2", "B Player", team, true, false, null, minutes, null, null, null, null, null,
        1, null, fga, null, null, null, 2, 1, null, null);
  }
}
