package com.betterbros.props.bus;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Typed reads of a request's query object (values are strings from HTTP, or JSON numbers from
 * bus clients). Every bad value fails with a 400 naming the field.
 */
public final class QueryParams {

  public static final int MAX_LIMIT = 500;

  private final JsonObject query;

  public QueryParams(JsonObject query) {
    this.query = query == null ? new JsonObject() : query;
  }

  /** A trimmed non-empty string, or null. */
  public String string(String field) {
    Object v = query.getValue(field);
    if (v == null) {
      return null;
    }
    String s = String.valueOf(v).trim();
    return s.isEmpty() ? null : s;
  }

  /** A lower-cased value that must be one of {@code allowed}, or null when absent. */
  public String oneOf(String field, Set<String> allowed) {
    String s = string(field);
    if (s == null) {
      return null;
    }
    String lower = s.toLowerCase();
    if (!allowed.contains(lower)) {
      throw Failures.badRequest(field, field + " must be one of " + allowed + ", got '" + s + "'");
    }
    return lower;
  }

  public int integer(String field, int fallback, int min, int max) {
    String s = string(field);
    if (s == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw Failures.badRequest(field, field + " must be a whole number, got '" + s + "'");
    }
    if (n < min || n > max) {
      throw Failures.badRequest(field, field + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  public int limit() {
    return integer("limit", 50, 1, MAX_LIMIT);
  }

  public int offset() {
    return integer("offset", 0, 0, Integer.MAX_VALUE);
  }

  /** A date (YYYY-MM-DD), or null. */
  public LocalDate date(String field) {
    String s = string(field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw Failures.badRequest(field, field + " must be a date like 2025-11-02, got '" + s + "'");
    }
  }

  /**
   * An instant: ISO-8601 with zone ("2025-11-02T19:00:00Z"), or a date meaning that day's start
   * in UTC — or, when {@code endOfRange} is true, the start of the next day, so a date used as an
   * upper bound includes the whole day.
   */
  public Instant instant(String field, boolean endOfRange) {
    String s = string(field);
    if (s == null) {
      return null;
    }
    try {
      if (s.length() == 10) {
        LocalDate d = LocalDate.parse(s);
        return (endOfRange ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw Failures.badRequest(field,
          field + " must be an ISO-8601 instant (2025-11-02T19:00:00Z) or a date (2025-11-02), got '" + s + "'");
    }
  }

  /** Fails when both bounds are given and the range is empty. */
  public static void requireOrdered(String fromField, Comparable<?> from, Comparable<?> to) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean reversed = from != null && to != null && ((Comparable) from).compareTo(to) > 0;
    if (reversed) {
      throw Failures.badRequest(fromField, fromField + " must not be after to");
    }
  }
}
