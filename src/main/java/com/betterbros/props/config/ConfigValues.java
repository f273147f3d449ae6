package com.betterbros.props.config;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, validated reads from a configuration sub-object (the parsed YAML as plain maps). Values
 * may be numbers/booleans (from YAML) or strings (from environment variables); a bad one throws
 * {@link ConfigException} naming its full key and its BB_* variable. No Vert.x type: each domain
 * reads its own section with it.
 */
public final class ConfigValues {

  private final Map<String, Object> values;
  private final String prefix;

  public ConfigValues(Map<String, Object> values, String prefix) {
    this.values = values == null ? Map.of() : values;
    this.prefix = prefix;
  }

  @SuppressWarnings("unchecked")
  public ConfigValues child(String name) {
    Object v = values.get(name);
    if (v != null && !(v instanceof Map)) {
      throw new ConfigException(key(name), "must be a mapping");
    }
    return new ConfigValues((Map<String, Object>) v, key(name));
  }

  public String string(String name, String fallback) {
    Object v = values.get(name);
    if (v == null) {
      return fallback;
    }
    return String.valueOf(v).trim();
  }

  /** A string that may be empty in YAML, meaning "not set": returns null then. */
  public String optional(String name) {
    String s = string(name, "");
    return s.isEmpty() ? null : s;
  }

  public int integer(String name, int fallback, int min, int max) {
    Object v = values.get(name);
    if (v == null || String.valueOf(v).isBlank()) {
      return fallback;
    }
    long n;
    try {
      n = v instanceof Number num ? num.longValue() : Long.parseLong(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key(name), "must be a whole number, got '" + v + "'");
    }
    if (n < min || n > max) {
      throw new ConfigException(key(name), "must be between " + min + " and " + max + ", got " + n);
    }
    return (int) n;
  }

  public long longValue(String name, long fallback) {
    Object v = values.get(name);
    if (v == null || String.valueOf(v).isBlank()) {
      return fallback;
    }
    try {
      return v instanceof Number num ? num.longValue() : Long.parseLong(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key(name), "must be a whole number, got '" + v + "'");
    }
  }

  public boolean bool(String name, boolean fallback) {
    Object v = values.get(name);
    if (v == null || String.valueOf(v).isBlank()) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String s = String.valueOf(v).trim().toLowerCase();
    return switch (s) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new ConfigException(key(name), "must be true or false, got '" + v + "'");
    };
  }

  public String oneOf(String name, String fallback, Set<String> allowed) {
    String s = string(name, fallback).toLowerCase();
    if (!allowed.contains(s)) {
      throw new ConfigException(key(name), "must be one of " + allowed + ", got '" + s + "'");
    }
    return s;
  }

  /** A comma-separated list (YAML string or sequence), trimmed, blanks dropped. */
  public List<String> list(String name, String fallback) {
    Object v = values.get(name);
    String raw = v == null ? fallback : v instanceof Iterable<?> it ? join(it) : String.valueOf(v);
    return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** An absolute URL with one of the given schemes, or null when empty and not required. */
  public String url(String name, String fallback, boolean required, Set<String> schemes) {
    String s = string(name, fallback);
    if (s == null || s.isEmpty()) {
      if (required) {
        throw new ConfigException(key(name), "is required");
      }
      return null;
    }
    try {
      URI uri = URI.create(s);
      if (uri.getScheme() == null || !schemes.contains(uri.getScheme()) || uri.getHost() == null) {
        throw new ConfigException(key(name), "must be a " + schemes + " URL, got '" + s + "'");
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key(name), "is not a valid URL: '" + s + "'");
    }
    return s;
  }

  /** The section as plain maps, for readers that take the whole section. */
  public Map<String, Object> raw() {
    return values;
  }

  public String key(String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  private static String join(Iterable<?> it) {
    StringBuilder sb = new StringBuilder();
    it.forEach(o -> sb.append(o).append(','));
    return sb.toString();
  }
}
