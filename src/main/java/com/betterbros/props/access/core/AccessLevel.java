package com.betterbros.props.access.core;

import java.util.Locale;

/**
 * What a route or bus action asks of its caller, as the matrix spells it ({@code access-matrix.yaml}).
 * Tiers are minimums: enterprise passes a pro rule.
 */
public enum AccessLevel {
  /** No token needed (health, metrics, docs, the dashboard). */
  NONE,
  /** Any verified caller. */
  FREE,
  /** The pro tier or above. */
  PRO,
  /** The enterprise tier. */
  ENTERPRISE,
  /** Writes every user shares: the enterprise tier or the operator role (admin implies operator). */
  SHARED,
  /** The admin role. */
  ADMIN,
  /** Bus only: another node of the cluster, or a service token. */
  INTERNAL;

  /** The level's name as the matrix and the README write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a matrix value.
   *
   * @param where what the value belongs to, for the message
   * @throws IllegalArgumentException naming {@code where} and the levels allowed
   */
  public static AccessLevel parse(Object value, String where) {
    if (value instanceof String s) {
      for (AccessLevel level : values()) {
        if (level.label().equals(s)) {
          return level;
        }
      }
    }
    throw new IllegalArgumentException("access-matrix.yaml: " + where + " must be one of none, free, pro, "
        + "enterprise, shared, admin, internal (got '" + value + "')");
  }
}
