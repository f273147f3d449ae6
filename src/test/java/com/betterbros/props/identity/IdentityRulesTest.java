package com.betterbros.props.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Identity rules: name keys, nicknames, team codes, canonical game ids and Eastern dates")
class IdentityRulesTest {

  @Test
  @DisplayName("name keys ignore case, accents, punctuation and generational suffixes")
  void nameKeys() {
    assertThat(NameKeys.of("Nikola Jokić")).isEqualTo("nikola jokic");
    assertThat(NameKeys.of("NIKOLA JOKIC")).isEqualTo("nikola jokic");
    assertThat(NameKeys.of("P.J. Washington")).isEqualTo(NameKeys.of("PJ Washington"));
    assertThat(NameKeys.of("Jaren Jackson Jr.")).isEqualTo("jaren jackson");
    assertThat(NameKeys.of("Trey Murphy III")).isEqualTo("trey murphy");
    assertThat(NameKeys.of("Nah'Shon Hyland")).isEqualTo("nahshon hyland");
    assertThat(NameKeys.of("Kristaps Porziņģis")).isEqualTo("kristaps porzingis");
    assertThat(NameKeys.of("Alperen Şengün")).isEqualTo("alperen sengun");
    assertThat(NameKeys.of("Jusuf Nurkić")).isEqualTo("jusuf nurkic");
    assertThat(NameKeys.of("Dāvis Bertāns")).isEqualTo("davis bertans");
    assertThat(NameKeys.of("Nikola Topić")).isNotEqualTo(NameKeys.of("Nikola Jokić"));
    assertThat(NameKeys.of(null)).isEmpty();
    assertThat(NameKeys.of("..")).isEmpty();
  }

  @Test
  @DisplayName("known nicknames are data: both names reach each other, and other names reach only themselves")
  void nicknames() {
    assertThat(NameKeys.keys("Bones Hyland")).contains("nahshon hyland");
    assertThat(NameKeys.keys("Nah'Shon Hyland")).contains("bones hyland");
    assertThat(NameKeys.keys("Herb Jones")).contains("herbert jones");
    assertThat(NameKeys.keys("LeBron James")).containsExactly("lebron james");
  }

  @Test
  @DisplayName("every line of the nickname file says something the normalisation does not already")
  void noRedundantAliases() throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        NameKeys.class.getResourceAsStream(NameKeys.ALIASES)), StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.equals("alias,name")).forEach(l -> {
        String[] parts = l.split(",");
        assertThat(NameKeys.of(parts[0])).as(l).isNotEqualTo(NameKeys.of(parts[1]));
      });
    }
  }

  @Test
  @DisplayName("team codes: 30 teams; ESPN, Basketball-Reference and full names map to the NBA code")
  void teamCodes() {
    assertThat(TeamCodes.nbaTeams()).hasSize(30);
    assertThat(TeamCodes.canonical("GS")).isEqualTo("GSW");
    assertThat(TeamCodes.canonical("gsw")).isEqualTo("GSW");
    assertThat(TeamCodes.canonical("NY")).isEqualTo("NYK");
    assertThat(TeamCodes.canonical("SA")).isEqualTo("SAS");
    assertThat(TeamCodes.canonical("NO")).isEqualTo("NOP");
    assertThat(TeamCodes.canonical("UTAH")).isEqualTo("UTA");
    assertThat(TeamCodes.canonical("WSH")).isEqualTo("WAS");
    assertThat(TeamCodes.canonical("PHO")).isEqualTo("PHX");
    assertThat(TeamCodes.canonical("BRK")).isEqualTo("BKN");
    assertThat(TeamCodes.canonical("CHO")).isEqualTo("CHA");
    assertThat(TeamCodes.canonical("Denver Nuggets")).isEqualTo("DEN");
    assertThat(TeamCodes.canonical("LA Clippers")).isEqualTo("LAC");
    assertThat(TeamCodes.canonical("Los Angeles Lakers")).isEqualTo("LAL");
    assertThat(TeamCodes.canonical("Trail Blazers")).isEqualTo("POR");
    assertThat(TeamCodes.canonical("XYZ")).isNull();
    assertThat(TeamCodes.canonical(null)).isNull();
  }

  @Test
  @DisplayName("a game is its sport, US/Eastern date and two teams in order: a 7:30 pm ET tip is the same day")
  void gameIds() {
    Instant tip = Instant.parse("2024-11-16T00:30:00Z");
    assertThat(GameIds.easternDate(tip)).isEqualTo(LocalDate.parse("2024-11-15"));
    assertThat(GameIds.easternDate(Instant.parse("2024-11-15T04:59:59Z"))).isEqualTo(LocalDate.parse("2024-11-14"));
    assertThat(GameIds.of("NBA", LocalDate.parse("2024-11-15"), "SAC", "MIN")).isEqualTo("nba-20241115-MIN-SAC");
    assertThat(GameIds.of("NBA", LocalDate.parse("2024-11-15"), "MIN", "SAC")).isEqualTo("nba-20241115-MIN-SAC");
  }
}
