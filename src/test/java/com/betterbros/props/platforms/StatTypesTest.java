package com.betterbros.props.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatTypesTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "NBA|Pts+Rebs+Asts|pts_rebs_asts", "NBA|pts_rebs_asts|pts_rebs_asts",
      "NBA|PRA|pts_rebs_asts", "NBA|Pts + Rebs + Asts|pts_rebs_asts",
      "NBA|Points|points", "NBA|points|points", "NBA|Rebounds|rebounds", "NBA|Assists|assists",
      "NBA|3-PT Made|threes", "NBA|three_points_made|threes", "NBA|3-Pointers Made|threes",
      "NBA|Pts+Rebs|pts_rebs", "NBA|Points + Rebounds|pts_rebs", "NBA|Pts+Asts|pts_asts",
      "NBA|Rebs+Asts|rebs_asts", "NBA|Blks+Stls|blks_stls", "NBA|Blocks + Steals|blks_stls",
      "NBA|Fantasy Score|fantasy_score", "NBA|fantasy_points|fantasy_score",
      "NBA|Free Throws Made|free_throws_made", "NBA|FT Made|free_throws_made",
      "NBA|Blocked Shots|blocks", "CBB|three_points_made|threes", "nba|  POINTS |points",
      "NFL|passing_yds|passing_yards", "NFL|Passing Yards|passing_yards",
      "CFB|rush_rec_tds|rush_rec_tds", "NFL|assists|assisted_tackles",
      "NHL|points|points", "NHL|Shots On Goal|shots", "FIFA|shots_attempted|shots",
      "SOCCER|Goals Allowed|goals_against", "ESPORTS|game_1_and_2_kills|kills_maps_1_2",
      "ESPORTS|Kills on Map 1+2|kills_maps_1_2", "MLBSZN|HRs|home_runs"})
  @DisplayName("Every platform spelling of a stat normalises to one stat type")
  void aliases(String sport, String raw, String expected) {
    assertThat(StatTypes.normalize(sport, raw)).contains(expected);
  }

  @Test
  @DisplayName("Unknown stats, unknown sports and (Combo) stats are not normalised")
  void unknown() {
    assertThat(StatTypes.normalize("NBA", "Hot Dogs Eaten")).isEmpty();
    assertThat(StatTypes.normalize("NBA", "Points (Combo)")).isEmpty();
    assertThat(StatTypes.normalize("NBA", "passing_yds")).isEmpty();
    assertThat(StatTypes.normalize("CRICKET", "Points")).isEmpty();
    assertThat(StatTypes.normalize("NBA", null)).isEmpty();
    assertThat(StatTypes.known("CRICKET")).isEmpty();
  }

  @Test
  @DisplayName("Every known stat type normalises to itself in its sport")
  void canonicalNamesAreFixedPoints() {
    for (String sport : Set.of("NBA", "WNBA", "CBB", "NFL", "CFB", "NHL", "SOCCER", "ESPORTS",
        "MLBSZN")) {
      assertThat(StatTypes.known(sport)).as(sport).isNotEmpty();
      for (String stat : StatTypes.known(sport)) {
        assertThat(StatTypes.normalize(sport, stat)).as(sport + " " + stat).contains(stat);
      }
    }
    assertThat(StatTypes.known("NBA")).contains("points", "pts_rebs_asts", "threes",
        "fantasy_score", "blks_stls", "free_throws_made");
  }

  @Test
  @DisplayName("Every single-player stat type in both fixtures is in the catalogue")
  void fixtureStatsCatalogued() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> missing = new TreeSet<>();
    JsonNode pp = mapper.readTree(Fixtures.text(Fixtures.PRIZEPICKS));
    int ppStats = 0;
    for (JsonNode projection : pp.get("data")) {
      String stat = projection.get("attributes").get("stat_type").asText();
      if (!stat.contains("(Combo)")) {
        ppStats++;
        StatTypes.normalize("NBA", stat).ifPresentOrElse(s -> { }, () -> missing.add(stat));
      }
    }
    JsonNode ud = mapper.readTree(Fixtures.text(Fixtures.UNDERDOG));
    Map<String, String> sportOfPlayer = new HashMap<>();
    ud.get("players").forEach(p -> sportOfPlayer.put(p.get("id").asText(),
        p.get("sport_id").asText()));
    Map<String, String> playerOfAppearance = new HashMap<>();
    ud.get("appearances").forEach(a -> playerOfAppearance.put(a.get("id").asText(),
        a.get("player_id").asText()));
    Set<String> udPairs = new TreeSet<>();
    for (JsonNode line : ud.get("over_under_lines")) {
      JsonNode stat = line.get("over_under").get("appearance_stat");
      String sport = sportOfPlayer.get(playerOfAppearance.get(stat.get("appearance_id").asText()));
      udPairs.add(sport + "/" + stat.get("stat").asText());
      for (String field : new String[] {"stat", "display_stat"}) {
        String raw = stat.get(field).asText();
        StatTypes.normalize(sport, raw).ifPresentOrElse(s -> { },
            () -> missing.add(sport + " " + raw));
      }
    }

    assertThat(ppStats).isEqualTo(279);
    assertThat(udPairs).hasSize(83);
    assertThat(missing).isEmpty();
  }
}
