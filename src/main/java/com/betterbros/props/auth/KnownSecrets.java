package com.betterbros.props.auth;

import java.util.List;
import java.util.Locale;

/**
 * HS256 secrets that have been published with this project (its compose file, examples, docs):
 * anyone can mint tokens with them, so a node refuses to start with one. Also refused: any secret
 * that says it is a placeholder ("change-me", "changeme", "example"). {@code KnownSecretsTest}
 * scans the repository's compose file, docs, config and scripts for secret literals and fails
 * when one is missing here.
 */
public final class KnownSecrets {

  /** Every secret literal that ever shipped outside the test sources. */
  static final List<String> PUBLISHED = List.of(
      "local-only-compose-secret-change-me-0123456789");

  private static final List<String> PLACEHOLDER_WORDS = List.of("change-me", "changeme", "change_me", "example");

  private KnownSecrets() {}

  /** True when {@code secret} was published with the project or reads as a placeholder. */
  public static boolean isKnown(String secret) {
    if (secret == null) {
      return false;
    }
    String s = secret.trim();
    if (PUBLISHED.contains(s)) {
      return true;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return PLACEHOLDER_WORDS.stream().anyMatch(lower::contains);
  }
}
