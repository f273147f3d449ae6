package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("EspnScoreboardParser")
class EspnScoreboardParserTest {

  @ParameterizedTest(name = "{0}: {1} events")
  @CsvSource({
      "2026-02-18, 0", "2026-02-19, 10", "2026-02-20, 9", "2026-02-21, 6", "2026-02-22, 11",
      "2026-02-23, 3", "2026-02-24, 11", "2026-02-25, 6", "2026-02-26, 10", "2026-02-27, 5",
      "2026-02-28, 5", "2026-03-01, 11"})
  @DisplayName("every recorded scoreboard gives its events, all scheduled, dated on the file's "
      + "Eastern day, without scores")
  void recordedScoreboards(String day, int events) {
    List<EspnGame> games = EspnScoreboardParser.parse(EspnFixtures.read("scoreboard_" + day + ".json"));

    assertThat(games).hasSize(events);
    assertThat(games).allSatisfy(g -> {
      assertThat(g.status()).isEqualTo(EspnGame.SCHEDULED);
      assertThat(g.date()).isEqualTo(LocalDate.parse(day));
      assertThat(g.homeScore()).isNull();
      assertThat(g.awayScore()).isNull();
      assertThat(g.homeAbbr()).isNotBlank().isNotEqualTo(g.awayAbbr());
      assertThat(g.homeTeamId()).isNotBlank().isNotEqualTo(g.awayTeamId());
    });
  }

  @Test
  @DisplayName("an evening game whose UTC date is the next day keeps the Eastern date, and the "
      + "teams keep ESPN's abbreviations")
  void easternDateAndAbbreviations() {
    List<EspnGame> games = EspnScoreboardParser.parse(EspnFixtures.read("scoreboard_2026-02-19.json"));

    EspnGame first = games.get(0);
    assertThat(first).isEqualTo(new EspnGame("401810647", LocalDate.of(2026, 2, 19),
        Instant.parse("2026-02-20T00:00:00Z"), "CHA", "HOU", "30", "10", null, null, EspnGame.SCHEDULED));
    EspnGame bosAtGs = games.stream().filter(g -> g.eventId().equals("401810654")).findFirst().orElseThrow();
    assertThat(bosAtGs.startTime()).isEqualTo(Instant.parse("2026-02-20T03:00:00Z"));
    assertThat(bosAtGs.date()).isEqualTo(LocalDate.of(2026, 2, 19));
    assertThat(List.of(bosAtGs.homeAbbr(), bosAtGs.awayAbbr(), bosAtGs.homeTeamId(), bosAtGs.awayTeamId()))
        .containsExactly("GS", "BOS", "9", "2");
    assertThat(games).extracting(EspnGame::homeAbbr).contains("NY", "SA", "GS", "WSH");
  }

  @Test
  @DisplayName("an afternoon game keeps its own UTC and Eastern day")
  void afternoonGame() {
    EspnGame first = EspnScoreboardParser.parse(EspnFixtures.read("scoreboard_2026-02-22.json")).get(0);

    assertThat(first.startTime()).isEqualTo(Instant.parse("2026-02-22T18:00:00Z"));
    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 2, 22));
  }

  @Test
  @DisplayName("the final-status scoreboard gives every game as final with its scores")
  void finalScoreboard() {
    List<EspnGame> games = EspnScoreboardParser.parse(EspnFixtures.read("scoreboard_2026-02-19_final.json"));

    assertThat(games).hasSize(10).allSatisfy(g -> {
      assertThat(g.isFinal()).isTrue();
      assertThat(g.homeScore()).isNotNull().isNotEqualTo(g.awayScore());
    });
    EspnGame bosAtGs = games.stream().filter(g -> g.eventId().equals("401810654")).findFirst().orElseThrow();
    assertThat(Map.of(bosAtGs.homeAbbr(), bosAtGs.homeScore(), bosAtGs.awayAbbr(), bosAtGs.awayScore()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("GS", 112, "BOS", 108));
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
      "STATUS_SCHEDULED, pre, false, scheduled",
      "STATUS_IN_PROGRESS, in, false, in_progress",
      "STATUS_HALFTIME, in, false, in_progress",
      "STATUS_END_PERIOD, in, false, in_progress",
      "STATUS_FINAL, post, true, final",
      "STATUS_POSTPONED, post, false, postponed",
      "STATUS_CANCELED, post, false, canceled",
      "STATUS_DELAYED, in, false, in_progress"})
  @DisplayName("ESPN's status names and states map to the five statuses, and only live or final "
      + "games carry scores")
  void statuses(String name, String state, boolean completed, String expected) {
    String json = """
        {"events": [{"id": "1", "date": "2026-02-20T00:00Z",
          "status": {"type": {"name": "%s", "state": "%s", "completed": %s}},
          "competitions": [{"competitors": [
            {"homeAway": "home", "team": {"id": "9", "abbreviation": "GS"}, "score": "50"},
            {"homeAway": "away", "team": {"id": "2", "abbreviation": "BOS"}, "score": "48"}]}]}]}
        """.formatted(name, state, completed);

    EspnGame game = EspnScoreboardParser.parse(json).get(0);

    assertThat(game.status()).isEqualTo(expected);
    boolean scored = expected.equals("in_progress") || expected.equals("final");
    assertThat(game.homeScore()).isEqualTo(scored ? 50 : null);
    assertThat(game.awayScore()).isEqualTo(scored ? 48 : null);
  }

  @Test
  @DisplayName("malformed JSON, a missing events array or a missing competitor is a format error "
      + "naming the problem")
  void malformed() {
    assertThatThrownBy(() -> EspnScoreboardParser.parse("{\"events\": ["))
        .isInstanceOf(EspnFormatException.class).hasMessageStartingWith("scoreboard: not valid JSON");
    assertThatThrownBy(() -> EspnScoreboardParser.parse(""))
        .isInstanceOf(EspnFormatException.class).hasMessage("scoreboard: empty response body");
    assertThatThrownBy(() -> EspnScoreboardParser.parse("[]"))
        .isInstanceOf(EspnFormatException.class).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> EspnScoreboardParser.parse("{\"leagues\": []}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("scoreboard: missing array 'events'");
    assertThatThrownBy(() -> EspnScoreboardParser.parse("""
        {"events": [{"id": "7", "date": "2026-02-20T00:00Z", "status": {"type": {"state": "pre"}},
          "competitions": [{"competitors": [{"homeAway": "home", "team": {"id": "9"}}]}]}]}"""))
        .isInstanceOf(EspnFormatException.class).hasMessage("scoreboard: event 7 has no away competitor in 'competitors'");
    assertThatThrownBy(() -> EspnScoreboardParser.parse("""
        {"events": [{"id": "7", "date": "yesterday", "competitions": [{}]}]}"""))
        .isInstanceOf(EspnFormatException.class).hasMessageContaining("not an ISO date-time 'yesterday'");
  }
}
