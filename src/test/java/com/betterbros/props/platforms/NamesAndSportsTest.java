package com.betterbros.props.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesAndSportsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Nikola Jokić|nikola-jokic",
      "Luka Dončić|luka-doncic",
      "Kristaps Porziņģis|kristaps-porzingis",
      "Jaime Jaquez Jr.|jaime-jaquez-jr",
      "  D'Angelo   Russell |d-angelo-russell",
      "Shai Gilgeous-Alexander|shai-gilgeous-alexander",
      "Martin Ødegaard|martin-odegaard",
      "Ronald Acuña Jr.|ronald-acuna-jr",
      "Val: DESTRUCT1VEE|val-destruct1vee"})
  @DisplayName("Player slugs strip accents, lower-case and join words with single dashes")
  void slugs(String name, String slug) {
    assertThat(PlayerIds.slug(name)).isEqualTo(slug);
  }

  @Test
  @DisplayName("A name with no letters or digits, or null, gives an empty slug")
  void emptySlugs() {
    assertThat(PlayerIds.slug("--- . ---")).isEmpty();
    assertThat(PlayerIds.slug(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "NBA,NBA", "nba,NBA", " NFL ,NFL", "NHL,NHL", "CFB,CFB", "CBB,CBB", "MLB,MLB",
      "NCAAF,CFB", "NCAAB,CBB", "FIFA,SOCCER", "Soccer,SOCCER", "EPL,SOCCER",
      "ESPORTS,ESPORTS", "CS2,ESPORTS", "LoL,ESPORTS", "VAL,ESPORTS", "PGA,GOLF", "UFC,MMA",
      "MLBSZN,MLBSZN", "NBA1H,NBA1H", "nfl1q,NFL1Q", "cricket,CRICKET"})
  @DisplayName("Sport codes map to the service's codes and unknown ones are kept upper-cased")
  void sports(String raw, String expected) {
    assertThat(Sports.normalize(raw)).isEqualTo(expected);
    assertThat(Sports.normalize(expected)).as("idempotent").isEqualTo(expected);
  }

  @Test
  @DisplayName("A missing sport code becomes UNKNOWN rather than null")
  void missingSport() {
    assertThat(Sports.normalize(null)).isEqualTo(Sports.UNKNOWN);
    assertThat(Sports.normalize("  ")).isEqualTo(Sports.UNKNOWN);
  }
}
