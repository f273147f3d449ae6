package com.betterbros.props.keys.core;

import java.util.Locale;

/**
 * What an access key may do. {@code read}: GET and HEAD requests only. {@code all}: every request
 * a JWT of the key's tier may make, except managing keys (/keys needs a JWT, so a leaked key can
 * neither mint more keys nor list stored credentials).
 */
public enum Scope {
  READ,
  ALL;

  /** The scope named {@code name} (case-insensitive), or null when there is none. */
  public static Scope parse(String name) {
    if (name == null) {
      return null;
    }
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "read" -> READ;
      case "all" -> ALL;
      default -> null;
    };
  }

  /** The wire name: {@code read} or {@code all}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a key with this scope may make a request with {@code method}. */
  public boolean allows(String method) {
    return this == ALL || "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
  }
}
