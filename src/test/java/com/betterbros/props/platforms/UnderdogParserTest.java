package com.betterbros.props.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.betterbros.props.props.core.Prop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnderdogParserTest {

  private static final Instant OBSERVED = Instant.parse("2023-12-21T12:00:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The fixture's sport ids and the codes the service uses for them. */
  private static final Map<String, String> SPORT_CODES = Map.of("NFL", "NFL", "NHL", "NHL",
      "NBA", "NBA", "CFB", "CFB", "CBB", "CBB", "FIFA", "SOCCER", "ESPORTS", "ESPORTS",
      "MLBSZN", "MLBSZN");

  private final UnderdogParser parser = new UnderdogParser();
  private final String json = Fixtures.text(Fixtures.UNDERDOG);

  private static Map<String, Prop> byExternalId(ParsedFeed feed) {
    return feed.props().stream().collect(Collectors.toMap(Prop::externalId, Function.identity()));
  }

  @Test
  @DisplayName("Every line of every sport is kept; one-sided lines keep their side and payout multiplier")
  void fixtureCounts() throws Exception {
    // Independent count: standard = a higher and a lower option, both paying "1.0".
    JsonNode root = MAPPER.readTree(json);
    Map<String, String> sportOfPlayer = new HashMap<>();
    root.get("players").forEach(p -> sportOfPlayer.put(p.get("id").asText(),
        p.get("sport_id").asText()));
    Map<String, String> sportOfAppearance = new HashMap<>();
    root.get("appearances").forEach(a -> sportOfAppearance.put(a.get("id").asText(),
        sportOfPlayer.get(a.get("player_id").asText())));
    Map<String, Long> expectedBySport = new TreeMap<>();
    int nonStandard = 0;
    for (JsonNode line : root.get("over_under_lines")) {
      JsonNode options = line.get("options");
      boolean standard = options.size() == 2
          && options.get(0).get("payout_multiplier").asText().equals("1.0")
          && options.get(1).get("payout_multiplier").asText().equals("1.0");
      if (!standard) {
        nonStandard++;
      }
      String sport = sportOfAppearance.get(
          line.get("over_under").get("appearance_stat").get("appearance_id").asText());
      expectedBySport.merge(SPORT_CODES.get(sport), 1L, Long::sum);
    }
    ParsedFeed feed = parser.parse(json, OBSERVED);

    assertThat(root.get("over_under_lines")).hasSize(2023);
    assertThat(nonStandard).isEqualTo(563);
    assertThat(feed.skippedReasons()).isEmpty();
    assertThat(feed.props()).hasSize(2023);
    assertThat(feed.props()).filteredOn(p -> !p.terms().isStandard()).hasSize(nonStandard)
        .allSatisfy(p -> assertThat(p.terms().sides()).isIn("over", "under"));
    Prop boosted = byExternalId(feed).get("31a189ce-6f34-4d10-a78e-5a40b6e30cf0");
    assertThat(boosted.terms()).isEqualTo(new com.betterbros.props.props.core.LineTerms("boosted", "over", 1.75, null));
    assertThat(feed.props()).allSatisfy(p -> assertThat(p.playerExternalId()).isNotBlank());
    Map<String, Long> parsedBySport = feed.props().stream()
        .collect(Collectors.groupingBy(Prop::sport, TreeMap::new, Collectors.counting()));
    assertThat(parsedBySport).isEqualTo(expectedBySport);
    assertThat(expectedBySport).containsOnlyKeys("NFL", "NHL", "NBA", "CFB", "CBB", "SOCCER",
        "ESPORTS", "MLBSZN");
  }

  @Test
  @DisplayName("Three known lines come out with their player, stat, line, start and teams")
  void knownLines() {
    Map<String, Prop> props = byExternalId(parser.parse(json, OBSERVED));

    Prop davis = props.get("9bfad999-1c32-4ece-b931-16760c758bd3");
    assertThat(davis.id()).isEqualTo("underdog:9bfad999-1c32-4ece-b931-16760c758bd3");
    assertThat(davis.playerName()).isEqualTo("Anthony Davis");
    assertThat(davis.playerId()).isEqualTo("anthony-davis");
    assertThat(davis.sport()).isEqualTo("NBA");
    assertThat(davis.statType()).isEqualTo("pts_rebs_asts");
    assertThat(davis.line()).isEqualTo(44.5);
    assertThat(davis.startTime()).isEqualTo(Instant.parse("2023-12-22T02:00:00Z"));
    assertThat(davis.team()).isEqualTo("LAL");
    assertThat(davis.opponent()).isEqualTo("MIN");
    assertThat(davis.gameId()).isEqualTo("ud-match-52735");

    Prop sturnn = props.get("50f96241-c67a-49d7-bcc1-03eab1466d79");
    assertThat(sturnn.playerName()).isEqualTo("Val: sturNN");
    assertThat(sturnn.sport()).isEqualTo("ESPORTS");
    assertThat(sturnn.statType()).isEqualTo("kills_maps_1_2");
    assertThat(sturnn.line()).isEqualTo(29.0);
    assertThat(sturnn.startTime()).isEqualTo(Instant.parse("2023-12-22T14:30:00Z"));
    assertThat(sturnn.team()).isEqualTo("Fenerbahçe Esports");
    assertThat(sturnn.opponent()).isEqualTo("Galakticos");

    Prop acuna = props.get("e53c02b2-e913-4f29-b199-6e4a501729db");
    assertThat(acuna.playerName()).isEqualTo("Ronald Acuña Jr.");
    assertThat(acuna.playerId()).isEqualTo("ronald-acuna-jr");
    assertThat(acuna.sport()).isEqualTo("MLBSZN");
    assertThat(acuna.statType()).isEqualTo("home_runs");
    assertThat(acuna.line()).isEqualTo(37.5);
    assertThat(acuna.startTime()).isEqualTo(Instant.parse("2024-03-20T10:15:00Z"));
    assertThat(acuna.team()).isEmpty();
    assertThat(acuna.opponent()).isNull();
    assertThat(acuna.gameId()).isEqualTo("ud-solo-87016");
  }

  @Test
  @DisplayName("Game props carry both teams from the title, and every prop is open and stamped")
  void commonFields() {
    ParsedFeed feed = parser.parse(json, OBSERVED);

    assertThat(feed.props()).allSatisfy(p -> {
      assertThat(p.status()).isEqualTo("open");
      assertThat(p.updatedAt()).isEqualTo(OBSERVED);
      assertThat(p.trueProbOver()).isNull();
      assertThat(p.line()).isFinite().isNotNegative();
    });
    assertThat(feed.props()).filteredOn(p -> p.gameId().startsWith("ud-match-"))
        .hasSize(2015)
        .allSatisfy(p -> assertThat(p.team()).isNotBlank().isNotEqualTo(p.opponent()));
    assertThat(feed.props()).filteredOn(p -> p.sport().equals("NFL"))
        .extracting(Prop::team).contains("CIN", "PIT", "KC", "LV");
    assertThat(feed.props()).filteredOn(p -> p.sport().equals("NFL"))
        .extracting(Prop::statType).contains("passing_yards", "assisted_tackles", "rush_rec_tds");
  }

  @Test
  @DisplayName("Parsing the same response twice gives equal results")
  void reparseIsEqual() {
    assertThat(parser.parse(json, OBSERVED)).isEqualTo(parser.parse(json, OBSERVED));
  }

  @Test
  @DisplayName("Boosted, broken and unknown lines are skipped with a reason; inactive ones closed")
  void entrySkips() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    Map<String, ObjectNode> byId = new HashMap<>();
    root.get("over_under_lines").forEach(l -> byId.put(l.get("id").asText(), (ObjectNode) l));
    ((ObjectNode) byId.get("bdcfb8b3-82ca-49c0-ade7-25fb53afc805").get("over_under"))
        .putObject("boost").put("multiplier", 2);
    byId.get("9bfad999-1c32-4ece-b931-16760c758bd3").put("stat_value", "NaN");
    byId.get("3f7d341f-f92a-412e-bbd9-f83cf6826ef9").put("stat_value", "1e999");
    ObjectNode stat = (ObjectNode) byId.get("aaf635f1-b90a-459e-8d5b-8e07207bc0d4")
        .get("over_under").get("appearance_stat");
    stat.put("stat", "hot_dogs_eaten").put("display_stat", "Hot Dogs Eaten");
    ((ObjectNode) byId.get("6fb6e010-ae4e-4ab7-9254-26ad15e63661").get("over_under")
        .get("appearance_stat")).put("appearance_id", "no-such-appearance");
    byId.get("b1a0bb1e-c119-410f-bc9d-0a91398a4b7a").put("status", "suspended");

    ParsedFeed feed = parser.parse(MAPPER.writeValueAsString(root), OBSERVED);

    assertThat(feed.skippedReasons()).containsOnly(entry("promo", 1), entry("invalid_line", 2),
        entry("unknown_stat_type", 1), entry("incomplete", 1));
    assertThat(feed.props()).hasSize(2023 - 5);
    Prop suspended = byExternalId(feed).get("b1a0bb1e-c119-410f-bc9d-0a91398a4b7a");
    assertThat(suspended.status()).isEqualTo("closed");
    assertThat(suspended.statType()).isEqualTo("fantasy_score");
  }
}
