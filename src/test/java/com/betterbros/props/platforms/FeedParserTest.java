package com.betterbros.props.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedParserTest {

  private static final Instant OBSERVED = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  @DisplayName("Parsers are found by platform name, case-insensitively")
  void forPlatform() {
    assertThat(FeedParser.platforms()).containsExactly("prizepicks", "underdog");
    assertThat(FeedParser.forPlatform("prizepicks")).isInstanceOf(PrizePicksParser.class);
    assertThat(FeedParser.forPlatform(" Underdog ")).isInstanceOf(UnderdogParser.class);
    for (String platform : FeedParser.platforms()) {
      assertThat(FeedParser.forPlatform(platform).platform()).isEqualTo(platform);
    }
  }

  @Test
  @DisplayName("An unknown platform is rejected with its name and the known ones")
  void unknownPlatform() {
    assertThatThrownBy(() -> FeedParser.forPlatform("fanduel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fanduel'")
        .hasMessageContaining("prizepicks, underdog");
    assertThatThrownBy(() -> FeedParser.forPlatform(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "prizepicks|'{\"data\": [\n  {\"id\": 1,}\n]}'"
          + "|not valid JSON at line 2 column 12: Unexpected character ('}'",
      "underdog|'{\"over_under_lines\": [}'|not valid JSON at line 1 column 23: Unexpected close"
          + " marker '}': expected ']' (for Array starting at line 1 column 22)",
      "prizepicks|'{\"data\": []} trailing'"
          + "|not valid JSON at line 1 column 22: Unrecognized token 'trailing'",
      "prizepicks|'<html>Bad gateway</html>'|not valid JSON at line 1 column 1",
      "prizepicks|'   '|feed is empty",
      "prizepicks|'[1, 2]'|top-level JSON is an array, expected an object",
      "underdog|'\"text\"'|top-level JSON is a string, expected an object",
      "prizepicks|'{\"included\": []}'|missing array 'data'",
      "prizepicks|'{\"data\": null}'|missing array 'data'",
      "prizepicks|'{\"data\": {\"id\": 1}}'|'data' is an object, expected an array",
      "prizepicks|'{\"data\": [], \"included\": 3}'|'included' is a number, expected an array",
      "underdog|'{\"data\": []}'|missing array 'over_under_lines'",
      "underdog|'{\"over_under_lines\": [], \"players\": \"x\"}'|'players' is a string"})
  @DisplayName("Feeds that are not JSON or not shaped like the platform's throw a named problem")
  void malformed(String platform, String json, String message) {
    assertThatThrownBy(() -> FeedParser.forPlatform(platform).parse(json, OBSERVED))
        .isInstanceOf(MalformedFeedException.class)
        .hasMessageContaining(message);
  }

  @Test
  @DisplayName("Entries that are not objects are skipped, never fatal")
  void junkEntries() {
    String pp = "{\"data\": [1, null, \"x\", {\"id\": \"7\"}, {\"attributes\": {}}]}";
    String ud = "{\"over_under_lines\": [1, {\"id\": \"a\"}, {\"id\": \"b\", \"options\": []}]}";

    ParsedFeed prizePicks = new PrizePicksParser().parse(pp, OBSERVED);
    ParsedFeed underdog = new UnderdogParser().parse(ud, OBSERVED);

    assertThat(prizePicks.props()).isEmpty();
    assertThat(prizePicks.skippedReasons()).containsExactly(Map.entry("incomplete", 5));
    assertThat(underdog.skippedReasons()).containsExactly(Map.entry("incomplete", 3));
  }

  @Test
  @DisplayName("A leading byte-order mark is ignored and an empty board parses to nothing")
  void emptyBoard() {
    ParsedFeed feed = new UnderdogParser().parse("\uFEFF{\"over_under_lines\": []}", OBSERVED);

    assertThat(feed.props()).isEmpty();
    assertThat(feed.skipped()).isZero();
  }

  @Test
  @DisplayName("A parsed feed is immutable and totals its skipped entries")
  void parsedFeedTotals() {
    ParsedFeed feed = new ParsedFeed("underdog", List.of(), Map.of("promo", 2, "combo", 3));

    assertThat(feed.skipped()).isEqualTo(5);
    assertThat(feed.skippedReasons().keySet()).containsExactly("combo", "promo");
    assertThatThrownBy(() -> feed.skippedReasons().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
