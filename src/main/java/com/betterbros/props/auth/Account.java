package com.betterbros.props.auth;

import java.util.Locale;

/**
 * A caller's account as the gateway knows it.
 *
 * @param userId the token's {@code sub}
 * @param email the stored email (the last token claim seen), or null
 * @param tier the stored tier (the last signed-in token's), lower case
 * @param active false when an admin deactivated the account: every request is a 403
 * @param created the first sighting (ISO-8601 UTC), or null when not {@code stored}
 * @param stored true when read from the users service; false when it could not answer and this
 *     node had no earlier state of the user (the request is let through: see README, Security)
 */
public record Account(String userId, String email, String tier, boolean active, String created, boolean stored) {

  /** The claim holding the caller's email (Clerk and Supabase tokens both use {@code email}). */
  public static final String EMAIL_CLAIM = "email";

  /** The token's email claim when it is a non-blank string, else null. */
  public static String emailOf(Principal caller) {
    Object v = caller.claims().getValue(EMAIL_CLAIM);
    return v instanceof String s && !s.isBlank() ? s : null;
  }

  /**
   * What the gateway assumes of a caller it cannot look up: active, with the token's tier and
   * email claim ({@code stored} false).
   */
  public static Account unknown(Principal caller) {
    return new Account(caller.userId(), emailOf(caller), caller.tier().name().toLowerCase(Locale.ROOT), true,
        null, false);
  }
}
