package com.betterbros.props.eval;

import com.betterbros.props.bus.Failures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Typed reads of a JSON request body: a missing field takes its default, a wrong one is a 400 naming it. */
final class BodyFields {

  private final JsonObject body;
  private final String prefix;

  BodyFields(JsonObject body, String prefix) {
    this.body = body == null ? new JsonObject() : body;
    this.prefix = prefix;
  }

  private String name(String field) {
    return prefix + field;
  }

  boolean has(String field) {
    return body.getValue(field) != null;
  }

  /** A number in [min, max]. */
  double number(String field, double fallback, double min, double max) {
    Object v = body.getValue(field);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < min
        || n.doubleValue() > max) {
      throw Failures.badRequest(name(field), name(field) + " must be a number from " + min + " to " + max + ", got "
          + quoted(v));
    }
    return n.doubleValue();
  }

  /** A whole number in [min, max]. */
  long whole(String field, long fallback, long min, long max) {
    Object v = body.getValue(field);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min
        || n.doubleValue() > max) {
      throw Failures.badRequest(name(field), name(field) + " must be a whole number from " + min + " to " + max
          + ", got " + quoted(v));
    }
    return n.longValue();
  }

  /** One of {@code allowed} (case-insensitive, returned lower-cased). */
  String oneOf(String field, String fallback, Set<String> allowed) {
    Object v = body.getValue(field);
    if (v == null) {
      return fallback;
    }
    String s = v instanceof String str ? str.trim().toLowerCase(Locale.ROOT) : null;
    if (s == null || !allowed.contains(s)) {
      throw Failures.badRequest(name(field), name(field) + " must be one of " + new java.util.TreeSet<>(allowed)
          + ", got " + quoted(v));
    }
    return s;
  }

  /** A non-empty array of distinct strings from {@code allowed}; null when absent. */
  Set<String> strings(String field, Set<String> allowed) {
    Object v = body.getValue(field);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonArray a) || a.isEmpty()) {
      throw Failures.badRequest(name(field), name(field) + " must be a non-empty array of strings");
    }
    Set<String> out = new LinkedHashSet<>();
    for (Object o : a) {
      if (!(o instanceof String s) || !allowed.contains(s.trim().toLowerCase(Locale.ROOT))) {
        throw Failures.badRequest(name(field), name(field) + " must hold only " + new java.util.TreeSet<>(allowed)
            + ", got " + quoted(o));
      }
      out.add(s.trim().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** A nested object (empty when absent). */
  JsonObject object(String field) {
    Object v = body.getValue(field);
    if (v == null) {
      return new JsonObject();
    }
    if (!(v instanceof JsonObject o)) {
      throw Failures.badRequest(name(field), name(field) + " must be an object");
    }
    return o;
  }

  private static String quoted(Object v) {
    return v instanceof String ? "'" + v + "'" : String.valueOf(v);
  }
}
