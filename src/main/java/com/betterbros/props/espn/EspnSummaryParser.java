package com.betterbros.props.espn;

import static com.betterbros.props.espn.EspnJson.requireObject;
import static com.betterbros.props.espn.EspnJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESPN's game summary, {@code GET .../summary?event=ID}: the game from {@code header} and the
 * player box score from {@code boxscore.players}.
 *
 * <p>Shape, from public sources (no summary was recorded on this machine):
 *
 * <ul>
 *   <li>sportsdataverse/hoopR {@code R/espn_nba_data.R}, {@code helper_espn_nba_player_box}: {@code
 *       header.id}; {@code header.competitions[0].date}, {@code .competitors[]} with {@code
 *       homeAway}, {@code id}, {@code team.abbreviation}, {@code score}, {@code winner}; {@code
 *       boxscore.players[]} with {@code team} and {@code statistics[]}, each holding {@code keys}
 *       (e.g. {@code "fieldGoalsMade-fieldGoalsAttempted"}) and {@code athletes[]} with {@code
 *       athlete.id/displayName}, {@code starter}, {@code didNotPlay}, {@code reason}, {@code
 *       stats[]} (strings, {@code "7-15"} for made-attempted).
 *   <li>Artessay/Visual-News {@code src/data/boxscore.js}, a captured NBA {@code athletes[]}: a DNP
 *       has {@code "stats": []} and {@code "reason": "COACH'S DECISION"}, and ESPN leaves that same
 *       reason on players who did play, so the reason is kept only for DNPs.
 *   <li>pseudo-r/Public-ESPN-API {@code docs/response_schemas.md}: the labels array may come as
 *       {@code names} ({@code ["MIN","FG","3PT",...]}).
 * </ul>
 *
 * The column order has changed over time (older captures start {@code MIN, FG, 3PT, FT, OREB}; a
 * 2026 capture quoted in public code starts {@code minutes, points, fieldGoalsMade-...}), so
 * columns are found by {@code keys}, then by {@code labels}/{@code names}, never by position.
 *
 * <p>Stateless and thread-safe.
 */
public final class EspnSummaryParser {

  private static final String WHAT = "summary";

  private EspnSummaryParser() {}

  /** The game and its player lines; before tip-off the player list is empty. */
  public static EspnBoxScore parse(String json) {
    JsonNode root = EspnJson.readObject(json, WHAT);
    JsonNode header = requireObject(root, "header", WHAT, "header");
    String eventId = text(header, "id");
    JsonNode competition = header.path("competitions").path(0);
    if (!competition.isObject()) {
      throw new EspnFormatException(WHAT + ": missing object 'header.competitions[0]'");
    }
    if (eventId == null) {
      eventId = text(competition, "id");
    }
    if (eventId == null) {
      throw new EspnFormatException(WHAT + ": missing 'header.id'");
    }
    EspnGame game = EspnScoreboardParser.game(eventId, competition, header, WHAT);
    JsonNode boxscore = requireObject(root, "boxscore", WHAT, "boxscore");
    JsonNode teams = boxscore.path("players");
    if (!teams.isArray()) {
      if (game.isFinal()) {
        throw new EspnFormatException(
            WHAT + ": final game " + eventId + " is missing array 'boxscore.players'");
      }
      return new EspnBoxScore(game, List.of());
    }
    List<EspnPlayerLine> lines = new ArrayList<>();
    for (JsonNode team : teams) {
      String abbr = teamAbbr(team.path("team"), game);
      for (JsonNode group : team.path("statistics")) {
        EspnStatColumns columns = EspnStatColumns.of(group, WHAT + ": team " + abbr);
        for (JsonNode athlete : group.path("athletes")) {
          lines.add(line(athlete, abbr, columns));
        }
      }
    }
    return new EspnBoxScore(game, lines);
  }

  private static String teamAbbr(JsonNode team, EspnGame game) {
    String abbr = text(team, "abbreviation");
    if (abbr != null) {
      return abbr;
    }
    String id = text(team, "id");
    if (id != null && id.equals(game.homeTeamId())) {
      return game.homeAbbr();
    }
    if (id != null && id.equals(game.awayTeamId())) {
      return game.awayAbbr();
    }
    throw new EspnFormatException(WHAT + ": a 'boxscore.players[]' entry has no team abbreviation");
  }

  private static EspnPlayerLine line(JsonNode entry, String teamAbbr, EspnStatColumns columns) {
    JsonNode athlete = entry.path("athlete");
    String id = text(athlete, "id");
    if (id == null) {
      throw new EspnFormatException(WHAT + ": a " + teamAbbr + " athlete has no 'athlete.id'");
    }
    String name = EspnJson.firstText(athlete, "displayName", "fullName", "shortName");
    boolean starter = entry.path("starter").asBoolean(false);
    boolean dnp = entry.path("didNotPlay").asBoolean(false);
    String reason = dnp ? text(entry, "reason") : null;
    JsonNode stats = entry.path("stats");
    if (dnp || !stats.isArray() || stats.isEmpty()) {
      return new EspnPlayerLine(
          id, name, teamAbbr, starter, dnp, reason, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null);
    }
    EspnStatColumns.Row row = columns.row(stats, "athlete " + id + " (" + name + ")");
    return new EspnPlayerLine(
        id,
        name,
        teamAbbr,
        starter,
        false,
        null,
        row.minutes(),
        row.integer(EspnStatColumns.Column.POINTS),
        row.integer(EspnStatColumns.Column.REBOUNDS),
        row.integer(EspnStatColumns.Column.ASSISTS),
        row.integer(EspnStatColumns.Column.STEALS),
        row.integer(EspnStatColumns.Column.BLOCKS),
        row.integer(EspnStatColumns.Column.TURNOVERS),
        row.made(EspnStatColumns.Column.FIELD_GOALS),
        row.attempted(EspnStatColumns.Column.FIELD_GOALS),
        row.made(EspnStatColumns.Column.THREES),
        row.attempted(EspnStatColumns.Column.THREES),
        row.made(EspnStatColumns.Column.FREE_THROWS),
        row.attempted(EspnStatColumns.Column.FREE_THROWS),
        row.integer(EspnStatColumns.Column.OFFENSIVE_REBOUNDS),
        row.integer(EspnStatColumns.Column.DEFENSIVE_REBOUNDS),
        row.integer(EspnStatColumns.Column.FOULS));
  }
}
