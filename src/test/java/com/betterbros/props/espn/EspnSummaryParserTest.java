package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnSummaryParser")
class EspnSummaryParserTest {

  private static final EspnBoxScore FIXTURE = EspnSummaryParser.parse(EspnFixtures.read("summary_401810654.json"));

  @Test
  @DisplayName("the game comes from the header: final, Eastern date of the start, scores by home "
      + "and away")
  void game() {
    assertThat(FIXTURE.game()).isEqualTo(new EspnGame("401810654", LocalDate.of(2026, 2, 19),
        Instant.parse("2026-02-20T03:00:00Z"), "GS", "BOS", "9", "2", 112, 108, EspnGame.FINAL));
  }

  @Test
  @DisplayName("every listed player is read, five starters a side, and each side's points add up "
      + "to its score")
  void playersAndTotals() {
    assertThat(FIXTURE.players()).hasSize(19);
    assertThat(FIXTURE.team("BOS")).hasSize(10).filteredOn(EspnPlayerLine::starter).hasSize(5);
    assertThat(FIXTURE.team("GS")).hasSize(9).filteredOn(EspnPlayerLine::starter).hasSize(5);
    assertThat(points(FIXTURE.team("GS"))).isEqualTo(112);
    assertThat(points(FIXTURE.team("BOS"))).isEqualTo(108);
    assertThat(FIXTURE.players()).filteredOn(p -> !p.didNotPlay()).allSatisfy(p -> {
      assertThat(p.points()).isEqualTo(2 * p.fgm() + p.fg3m() + p.ftm());   // PTS = 2 FGM + 3PM + FTM
      assertThat(p.rebounds()).isEqualTo(p.oreb() + p.dreb());
    });
  }

  @Test
  @DisplayName("a starter's columns are mapped by key: MIN, PTS, made-attempted pairs, rebounds "
      + "split, fouls")
  void starterLine() {
    EspnPlayerLine brown = line("3917376");

    assertThat(brown).isEqualTo(new EspnPlayerLine("3917376", "Jaylen Brown", "BOS", true, false, null,
        40.0, 27, 8, 5, 1, 0, 4, 10, 21, 2, 6, 5, 7, 2, 6, 3));
  }

  @Test
  @DisplayName("a DNP keeps its reason and has no stats at all, not zeros")
  void didNotPlay() {
    EspnPlayerLine post = line("99000107");

    assertThat(post).isEqualTo(new EspnPlayerLine("99000107", "Quinten Post", "GS", false, true,
        "COACH'S DECISION", null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null));
  }

  @Test
  @DisplayName("columns are found by keys whatever their order, else by labels or names; the "
      + "reason ESPN leaves on players who played is dropped")
  void columnOrder() {
    String oldOrder = summary("""
        "keys": ["minutes", "fieldGoalsMade-fieldGoalsAttempted",
          "threePointFieldGoalsMade-threePointFieldGoalsAttempted", "freeThrowsMade-freeThrowsAttempted",
          "offensiveRebounds", "defensiveRebounds", "rebounds", "assists", "steals", "blocks", "turnovers",
          "fouls", "plusMinus", "points"]""",
        "[\"28\", \"2-6\", \"1-3\", \"3-3\", \"0\", \"5\", \"5\", \"0\", \"0\", \"4\", \"1\", \"3\", \"-3\", \"8\"]");
    String labelsOnly = summary("""
        "labels": ["PTS", "MIN", "FG", "3PT", "FT", "OREB", "DREB", "REB", "AST", "STL", "BLK", "TO", "PF"]""",
        "[\"8\", \"28\", \"2-6\", \"1-3\", \"3-3\", \"0\", \"5\", \"5\", \"0\", \"0\", \"4\", \"1\", \"3\"]");
    String namesOnly = labelsOnly.replace("\"labels\"", "\"names\"");
    EspnPlayerLine expected = new EspnPlayerLine("3058254", "Christian Wood", "GS", true, false, null,
        28.0, 8, 5, 0, 0, 4, 1, 2, 6, 1, 3, 3, 3, 0, 5, 3);

    assertThat(EspnSummaryParser.parse(oldOrder).players()).containsExactly(expected);
    assertThat(EspnSummaryParser.parse(labelsOnly).players()).containsExactly(expected);
    assertThat(EspnSummaryParser.parse(namesOnly).players()).containsExactly(expected);
  }

  @Test
  @DisplayName("minutes may be '34' or '34:12'; '--', blank and absent columns are null")
  void minutesAndMissingCells() {
    String json = summary("\"keys\": [\"minutes\", \"points\", \"fieldGoalsMade-fieldGoalsAttempted\", \"assists\"]",
        "[\"34:12\", \"--\", \"--\", \"\"]");

    EspnPlayerLine p = EspnSummaryParser.parse(json).players().get(0);

    assertThat(p.minutes()).isCloseTo(34.2, within(1e-9));   // 34 + 12/60
    assertThat(p.points()).isNull();
    assertThat(p.fgm()).isNull();
    assertThat(p.fga()).isNull();
    assertThat(p.assists()).isNull();
    assertThat(p.rebounds()).isNull();   // no such column
    assertThat(p.didNotPlay()).isFalse();
  }

  @Test
  @DisplayName("a row of the wrong length, a non-numeric cell or a group without keys or labels "
      + "is a format error naming it")
  void badRows() {
    assertThatThrownBy(() -> EspnSummaryParser.parse(summary("\"keys\": [\"minutes\", \"points\"]", "[\"30\"]")))
        .isInstanceOf(EspnFormatException.class)
        .hasMessage("summary: athlete 3058254 (Christian Wood) has 1 stats for 2 columns");
    assertThatThrownBy(() -> EspnSummaryParser.parse(summary("\"keys\": [\"minutes\", \"points\"]", "[\"30\", \"x\"]")))
        .isInstanceOf(EspnFormatException.class)
        .hasMessage("summary: athlete 3058254 (Christian Wood) has 'x' in column PTS");
    assertThatThrownBy(() -> EspnSummaryParser.parse(summary("\"descriptions\": [\"Minutes\"]", "[\"30\"]")))
        .isInstanceOf(EspnFormatException.class)
        .hasMessage("summary: team GS: a statistics group has neither 'keys' nor 'labels'");
  }

  @Test
  @DisplayName("a missing header or boxscore is a format error; a final game must have players, "
      + "a scheduled one may not")
  void missingStructure() {
    assertThatThrownBy(() -> EspnSummaryParser.parse("{\"boxscore\": {}}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("summary: missing object 'header'");
    assertThatThrownBy(() -> EspnSummaryParser.parse("{\"header\": {\"id\": \"1\"}}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("summary: missing object 'header.competitions[0]'");
    String header = header("STATUS_FINAL", "post", true);
    assertThatThrownBy(() -> EspnSummaryParser.parse("{" + header + "}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("summary: missing object 'boxscore'");
    assertThatThrownBy(() -> EspnSummaryParser.parse("{" + header + ", \"boxscore\": {}}"))
        .isInstanceOf(EspnFormatException.class)
        .hasMessage("summary: final game 401810654 is missing array 'boxscore.players'");
    EspnBoxScore pregame = EspnSummaryParser.parse(
        "{" + header("STATUS_SCHEDULED", "pre", false) + ", \"boxscore\": {}}");
    assertThat(pregame.players()).isEmpty();
    assertThat(pregame.game().homeScore()).isNull();
    assertThatThrownBy(() -> EspnSummaryParser.parse("{\"header\": "))
        .isInstanceOf(EspnFormatException.class).hasMessageStartingWith("summary: not valid JSON");
  }

  private static EspnPlayerLine line(String athleteId) {
    return FIXTURE.players().stream().filter(p -> p.athleteId().equals(athleteId)).findFirst().orElseThrow();
  }

  private static int points(List<EspnPlayerLine> lines) {
    return lines.stream().map(EspnPlayerLine::points).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
  }

  private static String header(String statusName, String state, boolean completed) {
    return """
        "header": {"id": "401810654", "competitions": [{"date": "2026-02-20T03:00Z",
          "status": {"type": {"name": "%s", "state": "%s", "completed": %s}},
          "competitors": [
            {"homeAway": "home", "id": "9", "team": {"id": "9", "abbreviation": "GS"}, "score": "8"},
            {"homeAway": "away", "id": "2", "team": {"id": "2", "abbreviation": "BOS"}, "score": "0"}]}]}"""
        .formatted(statusName, state, completed);
  }

  /** A final summary with one GS athlete (the Artessay/Visual-News capture's player) and one group. */
  private static String summary(String columns, String stats) {
    return "{" + header("STATUS_FINAL", "post", true) + """
        , "boxscore": {"players": [{"team": {"id": "9"}, "statistics": [{%s, "athletes": [
          {"athlete": {"id": "3058254", "displayName": "Christian Wood"}, "starter": true,
           "didNotPlay": false, "reason": "COACH'S DECISION", "stats": %s}]}]}]}}"""
        .formatted(columns, stats);
  }
}
