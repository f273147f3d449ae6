package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnInjuriesParser")
class EspnInjuriesParserTest {

  private static final List<EspnInjury> FIXTURE = EspnInjuriesParser.parse(EspnFixtures.read("injuries.json"));

  @Test
  @DisplayName("every entry of every team group is read, in order, with ESPN's status words")
  void entries() {
    assertThat(FIXTURE).extracting(EspnInjury::name)
        .containsExactly("Jayson Tatum", "Stephen Curry", "Sample Guard", "Sample Forward");
    assertThat(FIXTURE).extracting(EspnInjury::status)
        .containsExactly("Out", "Out", "Day-To-Day", "Questionable");
    assertThat(FIXTURE.get(0)).isEqualTo(new EspnInjury("99000302", "Jayson Tatum", "BOS", "Out",
        LocalDate.of(2026, 2, 18), "Tatum (Achilles) remains out for Thursday's game at Golden State."));
  }

  @Test
  @DisplayName("the athlete id comes from athlete.id, else from the player link, else it is null")
  void athleteIds() {
    assertThat(FIXTURE).extracting(EspnInjury::athleteId).containsExactly("99000302", "99000301", null, null);
  }

  @Test
  @DisplayName("the date is the Eastern date of the entry's UTC time")
  void easternDate() {
    // 2026-02-20T02:30Z is 21:30 on the 19th in New York
    assertThat(FIXTURE.get(1).date()).isEqualTo(LocalDate.of(2026, 2, 19));
  }

  @Test
  @DisplayName("the description is the short comment, else the long comment, else the injury "
      + "type; the team is the athlete's")
  void descriptionsAndTeams() {
    assertThat(FIXTURE.get(2).description()).isEqualTo("Listed as questionable with left ankle soreness.");
    assertThat(FIXTURE.get(3).description()).isEqualTo("Illness");
    assertThat(FIXTURE).extracting(EspnInjury::teamAbbr).containsExactly("BOS", "GS", "NY", null);
  }

  @Test
  @DisplayName("flat entries with their own team, as hoopR reads the feed, are read too")
  void flatEntries() {
    String json = """
        {"injuries": [{"team": {"id": "9", "abbreviation": "GS"}, "status": "Day-To-Day",
          "date": "2026-02-19T15:00Z", "athlete": {"id": "6589", "displayName": "Draymond Green"},
          "shortComment": "Green (back) is probable."}]}""";

    assertThat(EspnInjuriesParser.parse(json)).containsExactly(new EspnInjury("6589", "Draymond Green", "GS",
        "Day-To-Day", LocalDate.of(2026, 2, 19), "Green (back) is probable."));
  }

  @Test
  @DisplayName("malformed JSON, no injuries array or an entry without a name is a format error "
      + "naming it")
  void malformed() {
    assertThatThrownBy(() -> EspnInjuriesParser.parse("<html>maintenance</html>"))
        .isInstanceOf(EspnFormatException.class).hasMessageStartingWith("injuries: not valid JSON");
    assertThatThrownBy(() -> EspnInjuriesParser.parse("{\"teams\": []}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("injuries: missing array 'injuries'");
    assertThatThrownBy(() -> EspnInjuriesParser.parse("{\"injuries\": [{\"injuries\": [{\"status\": \"Out\"}]}]}"))
        .isInstanceOf(EspnFormatException.class).hasMessage("injuries: an entry has no 'athlete.displayName'");
  }
}
