package com.betterbros.props.platforms;

import static com.betterbros.props.platforms.FeedJson.required;
import static com.betterbros.props.platforms.FeedJson.text;

import com.betterbros.props.props.core.LineTerms;
import com.betterbros.props.props.core.Prop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the PrizePicks projections API ({@code GET /projections}), a JSON:API document: a
 * {@code data[]} of {@code projection}s whose relationships point into {@code included[]}
 * ({@code new_player}, {@code league}, {@code stat_type}).
 *
 * <p>Fields: the projection id is the external id; the player is the included {@code new_player}
 * ({@code display_name}, {@code team}); {@code description} is the opponent's abbreviation; the
 * sport is the included league's name (else the player's {@code league}); {@code game_id} is the
 * game, or when absent {@code "pp-<sport>-<start>-<teamA>-<teamB>"} with the two teams sorted, so
 * that both sides of a game share it. Status {@code "pre_game"} is open, anything else closed.
 *
 * <p>Skipped, in this order of precedence: multi-player projections ({@code "(Combo)"} stat types
 * or {@code combo} players) as {@code "combo"}; promos as {@code "promo"}, meaning {@code is_promo}
 * true or any flash-sale / discount field set, because a flash sale offers the pick at
 * {@code flash_sale_line_score} under promo rules (0.5 instead of 29 in the fixture, a 98%
 * discount), so neither number is a market line; then missing player, name, sport or start time as
 * {@code "incomplete"}, a bad line as {@code "invalid_line"}, an uncatalogued stat as
 * {@code "unknown_stat_type"}, and a repeated projection id as {@code "duplicate"}.
 *
 * <p>Odds types: {@code odds_type} other than {@code "standard"} (goblin, demon) is kept on the
 * prop's {@link LineTerms}: PrizePicks offers those lines on the over ("More") only and pays them
 * off a different table, whose multiplier this feed does not publish, so the over's multiplier
 * is null (unknown): such a line gets a probability but no breakeven, never the standard one. A
 * missing {@code odds_type} counts as standard. The player's PrizePicks id (the
 * {@code new_player} relationship) is kept for the identity layer.
 */
public final class PrizePicksParser implements FeedParser {

  static final String PLATFORM = "prizepicks";

  /** {@inheritDoc} */
  @Override
  public String platform() {
    return PLATFORM;
  }

  /** {@inheritDoc} */
  @Override
  public ParsedFeed parse(String json, Instant observedAt) {
    return FeedReader.read(PLATFORM, json, observedAt, "data", root -> {
      Map<String, JsonNode> included = FeedJson.index(root, "included", PrizePicksParser::ref);
      return projection -> toProp(projection, included, observedAt);
    });
  }

  private static Prop toProp(JsonNode projection, Map<String, JsonNode> included,
      Instant observedAt) {
    JsonNode attributes = projection.path("attributes");
    String externalId = required(text(projection, "id"));
    if (!attributes.isObject()) {
      throw new EntrySkipped(EntrySkipped.INCOMPLETE);
    }
    JsonNode relationships = projection.path("relationships");
    JsonNode player = related(relationships, "new_player", included);
    String rawStat = text(attributes, "stat_type");
    if (rawStat == null) {
      rawStat = text(related(relationships, "stat_type", included).path("attributes"), "name");
    }
    boolean comboStat = rawStat != null && rawStat.toLowerCase(Locale.ROOT).contains("(combo)");
    if (comboStat || player.path("attributes").path("combo").asBoolean(false)) {
      throw new EntrySkipped(EntrySkipped.COMBO);
    }
    if (FeedJson.isSet(attributes, "is_promo")
        || FeedJson.isSet(attributes, "flash_sale_line_score")
        || FeedJson.isSet(attributes, "discount_percentage")) {
      throw new EntrySkipped(EntrySkipped.PROMO);
    }
    String oddsType = text(attributes, "odds_type");
    LineTerms terms = oddsType == null || oddsType.equalsIgnoreCase(LineTerms.STANDARD_ODDS) ? LineTerms.STANDARD
        : new LineTerms(oddsType.toLowerCase(Locale.ROOT), "over", null, null);
    String playerExternalId = text(relationships.path("new_player").path("data"), "id");
    JsonNode playerAttributes = required(player.isObject() ? player.path("attributes") : null);
    String name = text(playerAttributes, "display_name");
    String playerName = required(name != null ? name : text(playerAttributes, "name"));
    String league = text(related(relationships, "league", included).path("attributes"), "name");
    String sport = Sports.normalize(required(league != null ? league
        : text(playerAttributes, "league")));
    Instant startTime = required(FeedJson.instant(text(attributes, "start_time")));
    double line = FeedJson.line(attributes, "line_score");
    String statType = StatTypes.normalize(sport, required(rawStat))
        .orElseThrow(() -> new EntrySkipped(EntrySkipped.UNKNOWN_STAT_TYPE));
    String team = Objects.requireNonNullElse(text(playerAttributes, "team"), "");
    String opponent = text(attributes, "description");
    String gameId = text(attributes, "game_id");
    if (gameId == null) {
      gameId = derivedGameId(sport, startTime, team, opponent);
    }
    String status = "pre_game".equals(text(attributes, "status")) ? "open" : "closed";
    return new Prop(Prop.idOf(PLATFORM, externalId), PLATFORM, sport, externalId,
        PlayerIds.slug(playerName), playerName, team, opponent, gameId, statType, line, startTime,
        status, null, observedAt, playerExternalId, terms);
  }

  /** The included record a relationship points to, or a missing node. */
  private static JsonNode related(JsonNode relationships, String name,
      Map<String, JsonNode> included) {
    String key = ref(relationships.path(name).path("data"));
    JsonNode record = key == null ? null : included.get(key);
    return record == null ? MissingNode.getInstance() : record;
  }

  /** A JSON:API resource identifier as {@code "type/id"}, or null without both parts. */
  private static String ref(JsonNode resource) {
    String type = text(resource, "type");
    String id = text(resource, "id");
    return type == null || id == null ? null : type + "/" + id;
  }

  /** Same for both teams of a game: sport, start and the two team codes in sorted order. */
  private static String derivedGameId(String sport, Instant start, String team, String opponent) {
    String other = Objects.requireNonNullElse(opponent, "");
    String first = team.compareTo(other) <= 0 ? team : other;
    String second = team.compareTo(other) <= 0 ? other : team;
    return "pp-" + sport + "-" + start + "-" + first + "-" + second;
  }
}
