package com.betterbros.props.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.betterbros.props.props.core.Prop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrizePicksParserTest {

  private static final Instant OBSERVED = Instant.parse("2023-12-14T18:00:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PrizePicksParser parser = new PrizePicksParser();
  private final String json = Fixtures.text(Fixtures.PRIZEPICKS);

  private Map<String, Prop> byExternalId(ParsedFeed feed) {
    return feed.props().stream().collect(Collectors.toMap(Prop::externalId, Function.identity()));
  }

  @Test
  @DisplayName("The fixture keeps every single-player standard projection and counts the rest")
  void fixtureCounts() throws Exception {
    // Independent count: a plain walk over data[] with the documented rules.
    int combos = 0;
    int promos = 0;
    int total = 0;
    for (JsonNode projection : MAPPER.readTree(json).get("data")) {
      JsonNode a = projection.get("attributes");
      total++;
      if (a.get("stat_type").asText().endsWith("(Combo)")) {
        combos++;
      } else if (a.get("is_promo").asBoolean() || !a.get("flash_sale_line_score").isNull()) {
        promos++;
      }
    }
    ParsedFeed feed = parser.parse(json, OBSERVED);

    assertThat(total).isEqualTo(288);
    assertThat(combos).isEqualTo(9);
    assertThat(promos).isEqualTo(1);
    assertThat(feed.platform()).isEqualTo("prizepicks");
    assertThat(feed.props()).hasSize(total - combos - promos);
    assertThat(feed.skippedReasons()).containsOnly(entry("combo", combos), entry("promo", promos));
    assertThat(feed.skipped()).isEqualTo(combos + promos);
  }

  @Test
  @DisplayName("Three known projections come out with their player, stat, line, start and teams")
  void knownProjections() {
    Map<String, Prop> props = byExternalId(parser.parse(json, OBSERVED));

    Prop lebron = props.get("1845365");
    assertThat(lebron.id()).isEqualTo("prizepicks:1845365");
    assertThat(lebron.playerName()).isEqualTo("LeBron James");
    assertThat(lebron.playerId()).isEqualTo("lebron-james");
    assertThat(lebron.statType()).isEqualTo("pts_rebs_asts");
    assertThat(lebron.line()).isEqualTo(44.5);
    assertThat(lebron.startTime()).isEqualTo(Instant.parse("2023-12-25T22:10:00Z"));
    assertThat(lebron.team()).isEqualTo("LAL");
    assertThat(lebron.opponent()).isEqualTo("BOS");
    assertThat(lebron.gameId()).isEqualTo("8a9a2daa-3f8b-42d5-97d4-d317b49193f8");

    Prop jaquez = props.get("1846599");
    assertThat(jaquez.playerId()).isEqualTo("jaime-jaquez-jr");
    assertThat(jaquez.statType()).isEqualTo("pts_rebs_asts");
    assertThat(jaquez.line()).isEqualTo(23.5);
    assertThat(jaquez.startTime()).isEqualTo(Instant.parse("2023-12-26T01:10:00Z"));
    assertThat(jaquez.team()).isEqualTo("MIA");
    assertThat(jaquez.opponent()).isEqualTo("PHI");

    Prop luka = props.get("1846544");
    assertThat(luka.playerName()).isEqualTo("Luka Doncic");
    assertThat(luka.statType()).isEqualTo("free_throws_made");
    assertThat(luka.line()).as("whole-number line_score").isEqualTo(7.0);
    assertThat(luka.startTime()).isEqualTo(Instant.parse("2023-12-26T03:30:00Z"));
    assertThat(luka.team()).isEqualTo("DAL");
    assertThat(luka.opponent()).isEqualTo("PHX");

    assertThat(props).as("flash-sale promo and combos").doesNotContainKeys("1812501", "1845791");
  }

  @Test
  @DisplayName("Every kept prop is an open NBA prop stamped with the observation time")
  void commonFields() {
    ParsedFeed feed = parser.parse(json, OBSERVED);

    assertThat(feed.props()).allSatisfy(p -> {
      assertThat(p.sport()).isEqualTo("NBA");
      assertThat(p.platform()).isEqualTo("prizepicks");
      assertThat(p.status()).isEqualTo("open");
      assertThat(p.updatedAt()).isEqualTo(OBSERVED);
      assertThat(p.trueProbOver()).isNull();
      assertThat(p.id()).isEqualTo(Prop.idOf("prizepicks", p.externalId()));
      assertThat(p.team()).matches("[A-Z]{3}");
      assertThat(p.opponent()).matches("[A-Z]{3}").isNotEqualTo(p.team());
    });
    // 24 stat types in the fixture, 4 of them "(Combo)": the other 20 stay distinct.
    assertThat(feed.props().stream().map(Prop::statType).distinct())
        .hasSize(20)
        .contains("fantasy_score", "threes", "blks_stls", "threes_attempted", "dunks");
  }

  @Test
  @DisplayName("Parsing the same response twice gives equal results")
  void reparseIsEqual() {
    assertThat(parser.parse(json, OBSERVED)).isEqualTo(parser.parse(json, OBSERVED));
  }

  @Test
  @DisplayName("Bad entries are skipped with a reason while the rest of the feed is kept")
  void entrySkips() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    Map<String, ObjectNode> byId = new java.util.HashMap<>();
    root.get("data").forEach(p -> byId.put(p.get("id").asText(), (ObjectNode) p));
    attributes(byId.get("1845365")).put("stat_type", "Hot Dogs Eaten");
    attributes(byId.get("1846357")).put("odds_type", "demon");
    attributes(byId.get("1845368")).put("line_score", "eight");
    attributes(byId.get("1846412")).remove("start_time");
    ((ObjectNode) byId.get("1845361").get("relationships").get("new_player").get("data"))
        .put("id", "999999999");
    attributes(byId.get("1846602")).put("line_score", "4.5");
    root.withArray("data").add(byId.get("1846599").deepCopy());

    ParsedFeed feed = parser.parse(MAPPER.writeValueAsString(root), OBSERVED);

    assertThat(feed.skippedReasons()).containsOnly(entry("combo", 9), entry("promo", 1),
        entry("unknown_stat_type", 1), entry("invalid_line", 1), entry("incomplete", 2), entry("duplicate", 1));
    assertThat(feed.props()).hasSize(278 - 4);
    Prop demon = byExternalId(feed).get("1846357");
    assertThat(demon.terms()).as("kept, over only, multiplier unpublished")
        .isEqualTo(new com.betterbros.props.props.core.LineTerms("demon", "over", null, null));
    assertThat(byExternalId(feed).get("1846602").terms().isStandard()).isTrue();
    assertThat(feed.props()).allSatisfy(p -> assertThat(p.playerExternalId()).isNotBlank());
    assertThat(byExternalId(feed).get("1846602").line()).as("numeric string").isEqualTo(4.5);
  }

  @Test
  @DisplayName("Without game_id both teams of a game get the same derived game id")
  void derivedGameId() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    root.get("data").forEach(p -> attributes(p).remove("game_id"));

    Map<String, Prop> props = byExternalId(parser.parse(MAPPER.writeValueAsString(root), OBSERVED));

    String lakers = props.get("1845365").gameId();
    assertThat(lakers).isEqualTo("pp-NBA-2023-12-25T22:10:00Z-BOS-LAL");
    assertThat(props.values()).filteredOn(p -> p.team().equals("BOS")
            && p.startTime().equals(props.get("1845365").startTime()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.gameId()).isEqualTo(lakers));
  }

  private static ObjectNode attributes(JsonNode projection) {
    return (ObjectNode) projection.get("attributes");
  }
}
