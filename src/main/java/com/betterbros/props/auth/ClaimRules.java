package com.betterbros.props.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The claim checks applied after a signature verifies (RFC 7519 section 4.1), written out here
 * rather than left to vertx-auth-jwt, which accepts a token without {@code exp}. Times are
 * NumericDates in seconds; {@code skew} is the leeway in seconds.
 */
final class ClaimRules {

  private static final String[] DATE_CLAIMS = {"exp", "nbf", "iat"};

  private ClaimRules() {}

  /**
   * Rejects date claims that are not numbers, before anything else reads them.
   *
   * @throws AuthFailure "malformed token"
   */
  static void requireNumericDates(JsonObject claims) {
    for (String name : DATE_CLAIMS) {
      Object v = claims.getValue(name);
      if (v != null && !(v instanceof Number)) {
        throw new AuthFailure("malformed token");
      }
    }
  }

  /**
   * Checks exp (required), nbf, iat, iss and aud, then builds the principal from sub and the tier.
   *
   * @param nowSeconds the current NumericDate
   * @throws AuthFailure with the first failing rule's reason
   */
  static Principal principal(JsonObject claims, AuthConfig cfg, long nowSeconds) {
    requireNumericDates(claims);
    long skew = cfg.clockSkew().toSeconds();
    if (!(claims.getValue("exp") instanceof Number)) {
      throw new AuthFailure("token has no exp claim");
    }
    // expired when now - skew >= exp (the same bound vertx-auth-jwt's User.expired uses)
    if (nowSeconds - skew >= claims.getLong("exp")) {
      throw new AuthFailure("token expired");
    }
    requireLifetime(claims, cfg, nowSeconds);
    if (claims.containsKey("nbf") && claims.getLong("nbf") > nowSeconds + skew) {
      throw new AuthFailure("token not yet valid");
    }
    if (claims.containsKey("iat") && claims.getLong("iat") > nowSeconds + skew) {
      throw new AuthFailure("token issued in the future");
    }
    if (cfg.issuer() != null && !cfg.issuer().equals(claims.getValue("iss"))) {
      throw new AuthFailure("issuer mismatch");
    }
    if (cfg.audience() != null && !audienceContains(claims.getValue("aud"), cfg.audience())) {
      throw new AuthFailure("audience mismatch");
    }
    if (!(claims.getValue("sub") instanceof String sub) || sub.isBlank()) {
      throw new AuthFailure("token has no sub claim");
    }
    Object role = value(claims, cfg.roleClaim());
    boolean admin = hasRole(role, AuthConfig.ADMIN_ROLE);
    boolean operator = admin || hasRole(role, AuthConfig.OPERATOR_ROLE);
    return new Principal(sub, tier(claims, cfg.tierClaim()), claims.copy(), operator, admin);
  }

  /** The role claim names {@code role}: as its string value, or as one element of an array of strings. */
  private static boolean hasRole(Object claim, String role) {
    if (claim instanceof JsonArray roles) {
      return roles.contains(role);
    }
    return role.equals(claim);
  }

  /**
   * Refuses a token that lives longer than {@link AuthConfig#maxLifetime()} (plus the skew): the
   * lifetime is {@code exp - iat}, or {@code exp - now} when there is no iat. Compared as doubles,
   * so {@code exp = 1e300} cannot overflow into a small number.
   *
   * @throws AuthFailure "token lifetime exceeds N s"
   */
  static void requireLifetime(JsonObject claims, AuthConfig cfg, long nowSeconds) {
    if (!(claims.getValue("exp") instanceof Number expClaim)) {
      throw new AuthFailure("token has no exp claim");
    }
    double exp = expClaim.doubleValue();
    double from = claims.getValue("iat") instanceof Number iat ? iat.doubleValue() : nowSeconds;
    long max = cfg.maxLifetime().toSeconds();
    if (!(exp - from <= max + cfg.clockSkew().toSeconds())) {
      throw new AuthFailure("token lifetime exceeds " + max + " s");
    }
  }

  /**
   * The tier: the configured claim (a dotted name walks nested objects), else {@code
   * app_metadata.tier} (Supabase), else FREE.
   */
  static Tier tier(JsonObject claims, String tierClaim) {
    String value = path(claims, tierClaim);
    if (value == null) {
      value = path(claims, "app_metadata.tier");
    }
    return Tier.parse(value);
  }

  private static String path(JsonObject claims, String dotted) {
    return value(claims, dotted) instanceof String s ? s : null;
  }

  /** The claim named {@code dotted}: a top-level claim of that exact name, else the nested walk. */
  private static Object value(JsonObject claims, String dotted) {
    if (claims.containsKey(dotted)) {
      return claims.getValue(dotted);
    }
    Object node = claims;
    for (String part : dotted.split("\\.")) {
      if (!(node instanceof JsonObject obj)) {
        return null;
      }
      node = obj.getValue(part);
    }
    return node;
  }

  private static boolean audienceContains(Object aud, String expected) {
    if (aud instanceof String s) {
      return s.equals(expected);
    }
    return aud instanceof JsonArray arr && arr.contains(expected);
  }
}
