package com.betterbros.props.context;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.context.core.Injury;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of {@link ContextService#saveInjuries}: {injuries: [{player_id, player_name,
 * team, start_date, end_date, status, description?}]}. Every entry is checked before any is
 * used; the first bad one fails with a 400 naming its field ({@code injuries[2].start_date}).
 * Team ids are upper-cased, statuses lower-cased.
 */
final class InjuryBodies {

  /** Entries one request may carry. */
  static final int MAX_INJURIES = 5_000;

  private InjuryBodies() {}

  /** The spells of a body. */
  static List<Injury> parse(JsonObject body) {
    if (body == null) {
      throw Failures.badRequest("injuries", "the body must be {injuries: [...]}");
    }
    Object value = body.getValue("injuries");
    if (!(value instanceof JsonArray array)) {
      throw Failures.badRequest("injuries", "injuries must be an array of injury spells");
    }
    if (array.size() > MAX_INJURIES) {
      throw Failures.badRequest("injuries", "at most " + MAX_INJURIES + " injuries per request, got "
          + array.size());
    }
    List<Injury> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String where = "injuries[" + i + "]";
      if (!(array.getValue(i) instanceof JsonObject entry)) {
        throw Failures.badRequest(where, where + " must be an object");
      }
      LocalDate start = date(entry, where, "start_date");
      LocalDate end = date(entry, where, "end_date");
      if (end.isBefore(start)) {
        throw Failures.badRequest(where + ".end_date", where + ".end_date " + end + " is before start_date "
            + start);
      }
      out.add(new Injury(text(entry, where, "player_id"), text(entry, where, "player_name"),
          text(entry, where, "team").toUpperCase(Locale.ROOT), start, end,
          text(entry, where, "status").toLowerCase(Locale.ROOT), optional(entry, where, "description")));
    }
    return out;
  }

  private static String text(JsonObject entry, String where, String field) {
    String s = optional(entry, where, field);
    if (s == null) {
      throw Failures.badRequest(where + "." + field, where + "." + field + " is required");
    }
    return s;
  }

  private static String optional(JsonObject entry, String where, String field) {
    Object v = entry.getValue(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw Failures.badRequest(where + "." + field, where + "." + field + " must be a string");
    }
    return s.isBlank() ? null : s.strip();
  }

  private static LocalDate date(JsonObject entry, String where, String field) {
    String s = text(entry, where, field);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw Failures.badRequest(where + "." + field, where + "." + field + " must be a date like 2026-02-19, got '"
          + s + "'");
    }
  }
}
