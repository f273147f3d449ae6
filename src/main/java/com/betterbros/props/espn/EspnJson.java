package com.betterbros.props.espn;

import com.betterbros.props.identity.GameIds;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson plumbing shared by the ESPN parsers: one immutable (hence thread-safe) mapper, strict
 * checks for the top-level structure (they throw {@link EspnFormatException}), lenient leaves (a
 * missing leaf is null).
 */
final class EspnJson {

  /** US/Eastern: the calendar the NBA schedules by. */

  /** Configured once and never changed, so safe to share between threads. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** ESPN player links end in {@code /player/_/id/4712863/mouhamed-gueye}. */
  private static final Pattern ID_IN_LINK = Pattern.compile("/id/(\\d+)(?:/|$)");

  private EspnJson() {}

  /** Parses {@code json} and requires a top-level object; {@code what} names the endpoint. */
  static JsonNode readObject(String json, String what) {
    if (json == null || json.isBlank()) {
      throw new EspnFormatException(what + ": empty response body");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
      throw new EspnFormatException(
          what + ": not valid JSON (" + e.getOriginalMessage() + ")" + where, e);
    }
    if (root == null || !root.isObject()) {
      throw new EspnFormatException(what + ": top level is not a JSON object");
    }
    return root;
  }

  /** {@code parent.field} as an array, or a format error naming {@code path}. */
  static JsonNode requireArray(JsonNode parent, String field, String what, String path) {
    JsonNode node = parent.path(field);
    if (!node.isArray()) {
      throw new EspnFormatException(what + ": missing array '" + path + "'");
    }
    return node;
  }

  /** {@code parent.field} as an object, or a format error naming {@code path}. */
  static JsonNode requireObject(JsonNode parent, String field, String what, String path) {
    JsonNode node = parent.path(field);
    if (!node.isObject()) {
      throw new EspnFormatException(what + ": missing object '" + path + "'");
    }
    return node;
  }

  /** A text or number leaf as a string; null when missing, JSON null or blank. */
  static String text(JsonNode parent, String field) {
    JsonNode node = parent.path(field);
    if (!node.isValueNode() || node.isNull()) {
      return null;
    }
    String s = node.asText().trim();
    return s.isEmpty() ? null : s;
  }

  /** The first non-null of {@code fields} as text. */
  static String firstText(JsonNode parent, String... fields) {
    for (String f : fields) {
      String s = text(parent, f);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * An ESPN timestamp. ESPN writes minutes without seconds ({@code "2026-02-20T00:00Z"}), which
   * {@link Instant#parse} rejects; ISO_OFFSET_DATE_TIME takes both forms.
   */
  static Instant instant(String text, String what) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException | NullPointerException e) {
      throw new EspnFormatException(what + ": not an ISO date-time '" + text + "'", e);
    }
  }

  /** An optional timestamp as an Eastern date; null when absent or unreadable. */
  static LocalDate easternDateOrNull(String text) {
    if (text == null) {
      return null;
    }
    try {
      return GameIds.easternDate(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * An athlete's id: {@code athlete.id} when present, else the number in its player-card link.
   * ESPN's league-wide injuries feed has been seen without {@code athlete.id} and with only {@code
   * athlete.links[].href} ending {@code /id/NNN/slug}. Null when neither is there.
   */
  static String athleteId(JsonNode athlete) {
    String id = text(athlete, "id");
    if (id != null) {
      return id;
    }
    for (JsonNode link : athlete.path("links")) {
      String href = text(link, "href");
      if (href != null && href.contains("/player/")) {
        Matcher m = ID_IN_LINK.matcher(href);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }
}
