package com.betterbros.props.platforms;

import static com.betterbros.props.platforms.FeedJson.required;
import static com.betterbros.props.platforms.FeedJson.text;

import com.betterbros.props.props.core.LineTerms;
import com.betterbros.props.props.core.Prop;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the Underdog Fantasy over/under lines API: {@code over_under_lines[]} whose
 * {@code over_under.appearance_stat.appearance_id} points into {@code appearances[]} (player,
 * team, {@code match_id}, {@code match_type}), which point into {@code players[]} and
 * {@code games[]} or {@code solo_games[]}.
 *
 * <p>Fields: the over/under line id is the external id; the name is first + last name (esports
 * first names carry the title, as in {@code "Dota: Ulnit"}); the sport is the match's
 * {@code sport_id} (else the player's); the start is the match's {@code scheduled_at}; the game id
 * is {@code "ud-match-<match_id>"}, or {@code "ud-solo-<id>"} for solo games such as season-long
 * markets. Underdog gives team ids, not codes, so team and opponent come from the game title
 * ({@link MatchTitles}) by matching the appearance's team id with the game's home/away ids; where
 * that fails the team is {@code ""} and the opponent null. The stat is looked up by its key
 * ({@code "pts_rebs_asts"}), then its display name. Status {@code "active"} is open.
 *
 * <p>Skipped, in this order: boosted lines ({@code over_under.boost} set) as {@code "promo"};
 * options other than one "higher" and/or one "lower" with a valid multiplier as
 * {@code "non_standard_odds"}; missing options, appearance, player, match, name, sport, start or
 * stat as {@code "incomplete"}; a bad {@code stat_value} as {@code "invalid_line"}; uncatalogued stats as
 * {@code "unknown_stat_type"}; a repeated line id as {@code "duplicate"}.
 *
 * <p>Payout terms ({@link LineTerms}): both sides at 1.0 is standard; otherwise the line keeps the
 * sides on offer and each side's {@code payout_multiplier} (a one-sided "higher" at 1.25x-3x is
 * {@code "boosted"}, below 1x {@code "discounted"}), and breakevens divide by that multiplier. The
 * player's Underdog id ({@code appearance.player_id}) is kept for the identity layer.
 */
public final class UnderdogParser implements FeedParser {

  static final String PLATFORM = "underdog";

  /** {@inheritDoc} */
  @Override
  public String platform() {
    return PLATFORM;
  }

  /** {@inheritDoc} */
  @Override
  public ParsedFeed parse(String json, Instant observedAt) {
    return FeedReader.read(PLATFORM, json, observedAt, "over_under_lines", root -> {
      Feed feed = new Feed(FeedJson.index(root, "appearances", node -> text(node, "id")),
          FeedJson.index(root, "players", node -> text(node, "id")),
          FeedJson.index(root, "games", node -> text(node, "id")),
          FeedJson.index(root, "solo_games", node -> text(node, "id")));
      return line -> toProp(line, feed, observedAt);
    });
  }

  /** The records lines refer to, by id. */
  private record Feed(Map<String, JsonNode> appearances, Map<String, JsonNode> players,
      Map<String, JsonNode> games, Map<String, JsonNode> soloGames) {
  }

  private static Prop toProp(JsonNode line, Feed feed, Instant observedAt) {
    String externalId = required(text(line, "id"));
    JsonNode overUnder = line.path("over_under");
    if (FeedJson.isSet(overUnder, "boost")) {
      throw new EntrySkipped(EntrySkipped.PROMO);
    }
    JsonNode options = line.path("options");
    if (!options.isArray() || options.isEmpty()) {
      throw new EntrySkipped(EntrySkipped.INCOMPLETE);
    }
    LineTerms terms = terms(options);
    JsonNode stat = overUnder.path("appearance_stat");
    JsonNode appearance = required(feed.appearances().get(text(stat, "appearance_id")));
    JsonNode player = required(feed.players().get(text(appearance, "player_id")));
    boolean solo = "SoloGame".equals(text(appearance, "match_type"));
    String matchId = required(text(appearance, "match_id"));
    JsonNode match = required((solo ? feed.soloGames() : feed.games()).get(matchId));
    String playerName = required(fullName(player));
    String rawSport = text(match, "sport_id");
    String sport = Sports.normalize(required(rawSport != null ? rawSport
        : text(player, "sport_id")));
    Instant startTime = required(FeedJson.instant(text(match, "scheduled_at")));
    double value = FeedJson.line(line, "stat_value");
    String statKey = text(stat, "stat");
    String statDisplay = text(stat, "display_stat");
    required(statKey != null ? statKey : statDisplay);
    Optional<String> statType = StatTypes.normalize(sport, statKey);
    if (statType.isEmpty()) {
      statType = StatTypes.normalize(sport, statDisplay);
    }
    String teamId = text(appearance, "team_id");
    Optional<MatchTitles.Sides> sides = solo || teamId == null
        ? Optional.empty() : MatchTitles.parse(text(match, "title"));
    String team = "";
    String opponent = null;
    if (sides.isPresent() && teamId.equals(text(match, "away_team_id"))) {
      team = sides.get().away();
      opponent = sides.get().home();
    } else if (sides.isPresent() && teamId.equals(text(match, "home_team_id"))) {
      team = sides.get().home();
      opponent = sides.get().away();
    }
    String gameId = (solo ? "ud-solo-" : "ud-match-") + matchId;
    String status = "active".equals(text(line, "status")) ? "open" : "closed";
    return new Prop(Prop.idOf(PLATFORM, externalId), PLATFORM, sport, externalId,
        PlayerIds.slug(playerName), playerName, team, opponent, gameId,
        statType.orElseThrow(() -> new EntrySkipped(EntrySkipped.UNKNOWN_STAT_TYPE)), value,
        startTime, status, null, observedAt, text(appearance, "player_id"), terms);
  }

  /**
   * The payout terms of a line's options: at most one "higher" and one "lower", each with a
   * multiplier > 0 (missing = 1.0); anything else is skipped as non-standard odds.
   */
  private static LineTerms terms(JsonNode options) {
    Double higher = null;
    Double lower = null;
    for (JsonNode option : options) {
      String choice = String.valueOf(text(option, "choice"));
      double m = multiplier(text(option, "payout_multiplier"));
      if ("higher".equals(choice) && higher == null) {
        higher = m;
      } else if ("lower".equals(choice) && lower == null) {
        lower = m;
      } else {
        throw new EntrySkipped(EntrySkipped.NON_STANDARD_ODDS);
      }
    }
    if (higher != null && lower != null && higher == 1.0 && lower == 1.0) {
      return LineTerms.STANDARD;
    }
    String sides = higher != null && lower != null ? "both" : higher != null ? "over" : "under";
    double offered = higher != null ? higher : lower;
    double other = lower != null ? lower : offered;
    String type = Math.max(offered, other) > 1.0 ? "boosted"
        : Math.min(offered, other) < 1.0 ? "discounted" : LineTerms.STANDARD_ODDS;
    return new LineTerms(type, sides, higher, lower);
  }

  private static double multiplier(String raw) {
    if (raw == null) {
      return 1.0;
    }
    try {
      double m = Double.parseDouble(raw);
      if (m > 0 && Double.isFinite(m)) {
        return m;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new EntrySkipped(EntrySkipped.NON_STANDARD_ODDS);
  }

  private static String fullName(JsonNode player) {
    String first = Objects.requireNonNullElse(text(player, "first_name"), "");
    String last = Objects.requireNonNullElse(text(player, "last_name"), "");
    String name = (first + " " + last).strip();
    return name.isEmpty() ? null : name;
  }
}
