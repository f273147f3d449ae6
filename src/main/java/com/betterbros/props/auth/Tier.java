package com.betterbros.props.auth;

import java.util.Locale;

/** Subscription tiers, ordered from least to most access. */
public enum Tier {
  FREE,
  PRO,
  ENTERPRISE;

  /** Parses a tier name case-insensitively; null, blank or unknown names give {@link #FREE}. */
  public static Tier parse(String value) {
    if (value == null) {
      return FREE;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "pro" -> PRO;
      case "enterprise" -> ENTERPRISE;
      default -> FREE;
    };
  }

  /** True when this tier grants at least the access of {@code required}. */
  public boolean atLeast(Tier required) {
    return compareTo(required) >= 0;
  }
}
