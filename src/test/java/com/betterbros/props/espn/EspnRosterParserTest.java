package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnRosterParser")
class EspnRosterParserTest {

  @Test
  @DisplayName("a flat basketball roster gives every athlete with id, display name, the team "
      + "asked for and the position abbreviation")
  void flatRoster() {
    List<EspnAthlete> roster = EspnRosterParser.parse(EspnFixtures.read("roster_9.json"), "GS");

    assertThat(roster).hasSize(10).allSatisfy(a -> assertThat(a.teamAbbr()).isEqualTo("GS"));
    assertThat(roster.get(0)).isEqualTo(new EspnAthlete("4709138", "Brandin Podziemski", "GS", "G"));
    assertThat(roster).contains(new EspnAthlete("6589", "Draymond Green", "GS", "F"),
        new EspnAthlete("99000301", "Stephen Curry", "GS", "PG"));
  }

  @Test
  @DisplayName("without a team abbreviation from the caller, the response's team.abbreviation is "
      + "used")
  void teamFromResponse() {
    List<EspnAthlete> roster = EspnRosterParser.parse(EspnFixtures.read("roster_9.json"), null);

    assertThat(roster).extracting(EspnAthlete::teamAbbr).containsOnly("GS");
  }

  @Test
  @DisplayName("a roster grouped by position (athletes[].items[]) is flattened; fullName stands "
      + "in for a missing displayName")
  void groupedRoster() {
    String json = """
        {"team": {"abbreviation": "BOS"}, "athletes": [
          {"position": "guards", "items": [
            {"id": "3078576", "fullName": "Derrick White", "position": {"abbreviation": "G"}}]},
          {"position": "centers", "items": [
            {"id": "4397424", "displayName": "Neemias Queta", "position": {"abbreviation": "C"}}]}]}""";

    assertThat(EspnRosterParser.parse(json, null)).containsExactly(
        new EspnAthlete("3078576", "Derrick White", "BOS", "G"),
        new EspnAthlete("4397424", "Neemias Queta", "BOS", "C"));
  }

  @Test
  @DisplayName("malformed JSON, no athletes array or an athlete without id is a format error "
      + "naming it")
  void malformed() {
    assertThatThrownBy(() -> EspnRosterParser.parse("{athletes: []}", "GS"))
        .isInstanceOf(EspnFormatException.class).hasMessageStartingWith("roster: not valid JSON");
    assertThatThrownBy(() -> EspnRosterParser.parse("{\"team\": {}}", "GS"))
        .isInstanceOf(EspnFormatException.class).hasMessage("roster: missing array 'athletes'");
    assertThatThrownBy(() -> EspnRosterParser.parse("{\"athletes\": [{\"displayName\": \"X\"}]}", "GS"))
        .isInstanceOf(EspnFormatException.class).hasMessage("roster: an athlete has no 'id'");
  }
}
