package com.betterbros.props.espn;

import static com.betterbros.props.espn.EspnJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESPN's team list, {@code GET .../teams}: {@code sports[0].leagues[0].teams[].team} with
 * {@code id}, {@code abbreviation}, {@code displayName}, {@code location} and {@code name}
 * (pseudo-r/Public-ESPN-API {@code docs/response_schemas.md}, Teams; sportsdataverse/hoopR {@code
 * R/espn_nba_data.R}, {@code espn_nba_teams}, reads {@code
 * [["sports"]][["leagues"]][[1]][["teams"]][[1]][["team"]]}).
 *
 * <p>Stateless and thread-safe.
 */
public final class EspnTeamsParser {

  private static final String WHAT = "teams";

  private EspnTeamsParser() {}

  /** The teams of the league, in ESPN's order. */
  public static List<EspnTeam> parse(String json) {
    JsonNode root = EspnJson.readObject(json, WHAT);
    JsonNode teams = root.path("sports").path(0).path("leagues").path(0).path("teams");
    if (!teams.isArray()) {
      throw new EspnFormatException(WHAT + ": missing array 'sports[0].leagues[0].teams'");
    }
    List<EspnTeam> out = new ArrayList<>(teams.size());
    for (JsonNode entry : teams) {
      JsonNode team = entry.path("team").isObject() ? entry.path("team") : entry;
      String id = text(team, "id");
      String abbreviation = text(team, "abbreviation");
      if (id == null || abbreviation == null) {
        throw new EspnFormatException(WHAT + ": a team has no 'id' or 'abbreviation'");
      }
      out.add(new EspnTeam(id, abbreviation, text(team, "location"), text(team, "name")));
    }
    return out;
  }
}
