package com.betterbros.props.espn;

import static com.betterbros.props.espn.EspnJson.requireArray;
import static com.betterbros.props.espn.EspnJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESPN's league-wide injury report, {@code GET .../injuries}.
 *
 * <p>Shape: {@code injuries[]} holds one group per team ({@code id}, {@code displayName}), each
 * with its own {@code injuries[]} of entries: {@code status} ({@code "Out"}, {@code "Day-To-Day"}),
 * {@code date} ({@code "2026-07-19T00:14Z"}), {@code shortComment}, {@code longComment}, {@code
 * type} ({@code name} {@code INJURY_STATUS_OUT}...), {@code details.type} and {@code athlete}
 * ({@code displayName}, {@code team.abbreviation}, {@code links[]}, sometimes {@code id}). Sources:
 * pseudo-r/Public-ESPN-API {@code docs/response_schemas.md} (which says to prefer the league-wide
 * endpoint and filter its team groups), sportsdataverse/hoopR {@code
 * R/espn_basketball_injuries_helpers.R} (entry fields {@code status}, {@code date}, {@code
 * shortComment}, {@code longComment}, {@code athlete.id/displayName}), and captures quoted in
 * public code showing the nested team groups and athletes whose id is only in their player link.
 * hoopR reads each {@code injuries[]} element as an entry itself, so an element without its own
 * {@code injuries[]} is read as an entry too.
 *
 * <p>Stateless and thread-safe.
 */
public final class EspnInjuriesParser {

  private static final String WHAT = "injuries";

  private EspnInjuriesParser() {}

  /** Every entry of the report, team by team in ESPN's order. */
  public static List<EspnInjury> parse(String json) {
    JsonNode root = EspnJson.readObject(json, WHAT);
    JsonNode groups = requireArray(root, "injuries", WHAT, "injuries");
    List<EspnInjury> out = new ArrayList<>();
    for (JsonNode group : groups) {
      if (group.path("injuries").isArray()) {
        String groupAbbr = EspnJson.firstText(group, "abbreviation");
        if (groupAbbr == null) {
          groupAbbr = text(group.path("team"), "abbreviation");
        }
        for (JsonNode entry : group.path("injuries")) {
          out.add(injury(entry, groupAbbr));
        }
      } else {
        out.add(injury(group, text(group.path("team"), "abbreviation")));
      }
    }
    return out;
  }

  private static EspnInjury injury(JsonNode entry, String fallbackTeam) {
    JsonNode athlete = entry.path("athlete");
    String name = EspnJson.firstText(athlete, "displayName", "fullName", "shortName");
    if (name == null) {
      throw new EspnFormatException(WHAT + ": an entry has no 'athlete.displayName'");
    }
    String team = text(athlete.path("team"), "abbreviation");
    String description = EspnJson.firstText(entry, "shortComment", "longComment");
    if (description == null) {
      description = text(entry.path("details"), "type");
    }
    return new EspnInjury(
        EspnJson.athleteId(athlete),
        name,
        team != null ? team : fallbackTeam,
        text(entry, "status"),
        EspnJson.easternDateOrNull(text(entry, "date")),
        description);
  }
}
