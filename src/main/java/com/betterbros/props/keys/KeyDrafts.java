package com.betterbros.props.keys;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.keys.core.Scope;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks of request bodies for the keys service: each failure a 400 naming the field. */
final class KeyDrafts {

  static final int MAX_NAME = 100;
  static final int MAX_PROVIDER = 64;
  static final int MAX_SECRET = 4096;

  private KeyDrafts() {}

  /** Unknown fields are rejected (400 naming the first), so a client can never set an owner or tier. */
  static void onlyFields(JsonObject body, Set<String> allowed) {
    for (String f : body.fieldNames()) {
      if (!allowed.contains(f)) {
        throw Failures.badRequest(f, "unknown field '" + f + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  /** A required string of 1..max characters, trimmed, without control characters. */
  static String text(JsonObject body, String field, int max) {
    Object v = body.getValue(field);
    if (!(v instanceof String s) || s.isBlank()) {
      throw Failures.badRequest(field, field + " is required: a non-empty string");
    }
    String t = s.trim();
    if (t.length() > max) {
      throw Failures.badRequest(field, field + " is longer than " + max + " characters");
    }
    if (t.chars().anyMatch(Character::isISOControl)) {
      throw Failures.badRequest(field, field + " must not contain control characters");
    }
    return t;
  }

  /** A non-empty array of distinct scope names, read or all. */
  static List<Scope> scopes(JsonObject body) {
    Object v = body.getValue("scopes");
    if (!(v instanceof JsonArray array) || array.isEmpty()) {
      throw Failures.badRequest("scopes", "scopes is required: a non-empty array of \"read\" or \"all\"");
    }
    List<Scope> out = new ArrayList<>();
    for (Object o : array) {
      Scope s = o instanceof String name ? Scope.parse(name) : null;
      if (s == null) {
        throw Failures.badRequest("scopes", "unknown scope " + o + ": use \"read\" (GET only) or \"all\"");
      }
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** An optional ISO-8601 instant after {@code now}; null when absent. */
  static Instant expiresAt(JsonObject body, Instant now) {
    Object v = body.getValue("expires_at");
    if (v == null) {
      return null;
    }
    Instant at;
    try {
      at = v instanceof String s ? Instant.parse(s.trim()) : null;
    } catch (DateTimeParseException e) {
      at = null;
    }
    if (at == null) {
      throw Failures.badRequest("expires_at", "expires_at must be an ISO-8601 instant, e.g. 2027-01-01T00:00:00Z");
    }
    if (!at.isAfter(now)) {
      throw Failures.badRequest("expires_at", "expires_at must be in the future");
    }
    return at;
  }
}
