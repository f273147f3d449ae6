package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnTeamsParser")
class EspnTeamsParserTest {

  @Test
  @DisplayName("the teams response gives the 30 teams with ESPN's ids, abbreviations, locations "
      + "and names")
  void thirtyTeams() {
    List<EspnTeam> teams = EspnTeamsParser.parse(EspnFixtures.read("teams.json"));

    assertThat(teams).hasSize(30);
    assertThat(teams).extracting(EspnTeam::abbreviation).doesNotHaveDuplicates()
        .contains("NY", "GS", "SA", "NO", "UTAH", "WSH")
        .doesNotContain("NYK", "GSW", "SAS", "NOP", "UTA", "WAS");
    assertThat(teams).contains(new EspnTeam("9", "GS", "Golden State", "Warriors"),
        new EspnTeam("2", "BOS", "Boston", "Celtics"),
        new EspnTeam("12", "LAC", "LA", "Clippers"),
        new EspnTeam("26", "UTAH", "Utah", "Jazz"));
  }

  @Test
  @DisplayName("every team of the scoreboards is in the teams response under the same id")
  void agreesWithScoreboards() {
    List<String> teams = EspnTeamsParser.parse(EspnFixtures.read("teams.json")).stream()
        .map(t -> t.id() + " " + t.abbreviation()).toList();
    List<EspnGame> games = EspnScoreboardParser.parse(EspnFixtures.read("scoreboard_2026-03-01.json"));

    assertThat(games).isNotEmpty().allSatisfy(g -> assertThat(teams)
        .contains(g.homeTeamId() + " " + g.homeAbbr(), g.awayTeamId() + " " + g.awayAbbr()));
  }

  @Test
  @DisplayName("malformed JSON or a missing sports[0].leagues[0].teams is a format error naming "
      + "the path")
  void malformed() {
    assertThatThrownBy(() -> EspnTeamsParser.parse("{\"sports\": [{\"leagues\": [{}]}]}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("teams: missing array 'sports[0].leagues[0].teams'");
    assertThatThrownBy(() -> EspnTeamsParser.parse("{\"sports\": []} trailing"))
        .isInstanceOf(EspnFormatException.class).hasMessageStartingWith("teams: not valid JSON");
    assertThatThrownBy(() -> EspnTeamsParser.parse(
        "{\"sports\": [{\"leagues\": [{\"teams\": [{\"team\": {\"id\": \"9\"}}]}]}]}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("teams: a team has no 'id' or 'abbreviation'");
  }
}
