package com.betterbros.props.espn;

import static com.betterbros.props.espn.EspnJson.requireArray;
import static com.betterbros.props.espn.EspnJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ESPN team roster, {@code GET .../teams/{teamId}/roster}.
 *
 * <p>Shape: basketball rosters list the players flat in {@code athletes[]}, each with {@code id},
 * {@code displayName}, {@code fullName} and {@code position.abbreviation} (sportsdataverse/hoopR
 * {@code R/espn_mbb_roster.R} reads {@code fromJSON(resp)[["athletes"]]} as one flat table).
 * Football rosters group them by position instead, {@code athletes[].items[]}
 * (pseudo-r/Public-ESPN-API {@code docs/response_schemas.md}, Team Roster); both are read.
 *
 * <p>Stateless and thread-safe.
 */
public final class EspnRosterParser {

  private static final String WHAT = "roster";

  private EspnRosterParser() {}

  /**
   * The players of a roster response. {@code teamAbbr} is the ESPN abbreviation to put on each (the
   * caller knows which team it asked for); when null, the response's {@code team.abbreviation}.
   */
  public static List<EspnAthlete> parse(String json, String teamAbbr) {
    JsonNode root = EspnJson.readObject(json, WHAT);
    JsonNode athletes = requireArray(root, "athletes", WHAT, "athletes");
    String team = teamAbbr != null ? teamAbbr : text(root.path("team"), "abbreviation");
    List<EspnAthlete> out = new ArrayList<>(athletes.size());
    for (JsonNode entry : athletes) {
      if (entry.path("items").isArray()) {
        for (JsonNode item : entry.path("items")) {
          out.add(athlete(item, team));
        }
      } else {
        out.add(athlete(entry, team));
      }
    }
    return out;
  }

  private static EspnAthlete athlete(JsonNode a, String team) {
    String id = text(a, "id");
    if (id == null) {
      throw new EspnFormatException(WHAT + ": an athlete has no 'id'");
    }
    String name = EspnJson.firstText(a, "displayName", "fullName", "shortName");
    JsonNode position = a.path("position");
    String pos = position.isObject() ? text(position, "abbreviation") : text(a, "position");
    return new EspnAthlete(id, name, team, pos);
  }
}
