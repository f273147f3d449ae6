package com.betterbros.props.espn;

import static com.betterbros.props.identity.GameIds.easternDate;
import static com.betterbros.props.espn.EspnJson.instant;
import static com.betterbros.props.espn.EspnJson.requireArray;
import static com.betterbros.props.espn.EspnJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ESPN's NBA scoreboard, {@code GET .../scoreboard?dates=YYYYMMDD}.
 *
 * <p>Shape, as recorded in the shared fixtures (andrewscheiner/ScheinerSportsSolutions, {@code
 * data/nba_scoreboard.json}, 12 versions, see src/test/resources/espn/README.md): {@code events[]}
 * with {@code id}, {@code date} (UTC, minutes only: {@code "2026-02-20T00:00Z"}), {@code
 * status.type.name/state/completed} and {@code competitions[0].competitors[]} holding {@code
 * homeAway}, {@code team.id}, {@code team.abbreviation} and {@code score} as a string ({@code "0"}
 * before tip-off). The final-game variant ({@code STATUS_FINAL}, {@code state} {@code "post"},
 * {@code completed} true, {@code score} {@code "121"}, {@code winner}) follows
 * pseudo-r/Public-ESPN-API {@code docs/response_schemas.md} (Scoreboard) and the fields
 * sportsdataverse/hoopR {@code R/espn_nba_data.R} ({@code espn_nba_scoreboard}) reads.
 *
 * <p>Stateless and thread-safe.
 */
public final class EspnScoreboardParser {

  private static final String WHAT = "scoreboard";

  private EspnScoreboardParser() {}

  /** The games of a scoreboard response, in ESPN's order; an empty day gives an empty list. */
  public static List<EspnGame> parse(String json) {
    JsonNode root = EspnJson.readObject(json, WHAT);
    JsonNode events = requireArray(root, "events", WHAT, "events");
    List<EspnGame> games = new ArrayList<>(events.size());
    for (JsonNode event : events) {
      String id = text(event, "id");
      if (id == null) {
        throw new EspnFormatException(WHAT + ": an event has no 'id'");
      }
      JsonNode competition = event.path("competitions").path(0);
      if (!competition.isObject()) {
        throw new EspnFormatException(WHAT + ": event " + id + " has no 'competitions[0]'");
      }
      games.add(game(id, competition, event, WHAT));
    }
    return games;
  }

  /**
   * A game from a competition object. The scoreboard's {@code competitions[0]} and the summary's
   * {@code header.competitions[0]} share this shape; {@code outer} (the event, or the header) is
   * where {@code date} and {@code status} are looked up when the competition lacks them.
   */
  static EspnGame game(String eventId, JsonNode competition, JsonNode outer, String what) {
    String date =
        text(competition, "date") != null ? text(competition, "date") : text(outer, "date");
    if (date == null) {
      throw new EspnFormatException(what + ": event " + eventId + " has no 'date'");
    }
    Instant start = instant(date, what + ": event " + eventId);
    JsonNode statusType = competition.path("status").path("type");
    if (!statusType.isObject()) {
      statusType = outer.path("status").path("type");
    }
    String status = status(statusType, eventId, what);
    JsonNode home = competitor(competition, "home", eventId, what);
    JsonNode away = competitor(competition, "away", eventId, what);
    boolean scored = EspnGame.IN_PROGRESS.equals(status) || EspnGame.FINAL.equals(status);
    return new EspnGame(
        eventId,
        easternDate(start),
        start,
        text(home.path("team"), "abbreviation"),
        text(away.path("team"), "abbreviation"),
        teamId(home),
        teamId(away),
        scored ? score(home, eventId, what) : null,
        scored ? score(away, eventId, what) : null,
        status);
  }

  /**
   * ESPN's {@code status.type} as one of {@link EspnGame#STATUSES}: by {@code name} first ({@code
   * STATUS_SCHEDULED}, {@code STATUS_IN_PROGRESS}, {@code STATUS_HALFTIME}, {@code
   * STATUS_END_PERIOD}, {@code STATUS_FINAL}, {@code STATUS_POSTPONED}, {@code STATUS_CANCELED}),
   * then by {@code state} ({@code pre}, {@code in}, {@code post}).
   */
  static String status(JsonNode statusType, String eventId, String what) {
    String name = text(statusType, "name");
    String upper = name == null ? "" : name.toUpperCase(Locale.ROOT);
    if (upper.contains("POSTPONED")) {
      return EspnGame.POSTPONED;
    }
    if (upper.contains("CANCELED") || upper.contains("CANCELLED")) {
      return EspnGame.CANCELED;
    }
    if (upper.startsWith("STATUS_FINAL") || statusType.path("completed").asBoolean(false)) {
      return EspnGame.FINAL;
    }
    if (upper.equals("STATUS_SCHEDULED")) {
      return EspnGame.SCHEDULED;
    }
    if (upper.equals("STATUS_IN_PROGRESS")
        || upper.equals("STATUS_HALFTIME")
        || upper.equals("STATUS_END_PERIOD")) {
      return EspnGame.IN_PROGRESS;
    }
    String state = text(statusType, "state");
    if ("pre".equals(state)) {
      return EspnGame.SCHEDULED;
    }
    if ("in".equals(state)) {
      return EspnGame.IN_PROGRESS;
    }
    if ("post".equals(state)) {
      return EspnGame.FINAL;
    }
    throw new EspnFormatException(
        what
            + ": event "
            + eventId
            + " has an unknown status (name "
            + name
            + ", state "
            + state
            + ")");
  }

  private static JsonNode competitor(
      JsonNode competition, String side, String eventId, String what) {
    for (JsonNode c : competition.path("competitors")) {
      if (side.equals(text(c, "homeAway"))) {
        return c;
      }
    }
    throw new EspnFormatException(
        what + ": event " + eventId + " has no " + side + " competitor in 'competitors'");
  }

  private static String teamId(JsonNode competitor) {
    String id = text(competitor.path("team"), "id");
    return id != null ? id : text(competitor, "id");
  }

  /** {@code score} as the site API writes it (a string), or a number, or {@code {value}}. */
  private static Integer score(JsonNode competitor, String eventId, String what) {
    JsonNode score = competitor.path("score");
    String s = score.isObject() ? text(score, "value") : text(competitor, "score");
    if (s == null) {
      return null;
    }
    try {
      return (int) Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new EspnFormatException(
          what + ": event " + eventId + " has a score that is not a number '" + s + "'", e);
    }
  }
}
