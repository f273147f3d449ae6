package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The {@code auth} sub-object of the application config, validated at construction: a bad value
 * throws {@link IllegalArgumentException} naming its key ({@code auth.mode}, {@code
 * auth.hs256_secret}, ...), so a misconfigured node refuses to start.
 *
 * @param mode {@code dev} (random secret generated at start), {@code hs256} (shared secret) or
 *     {@code jwks} (public keys fetched from {@code jwksUrl})
 * @param hs256Secret the shared secret, used as its UTF-8 bytes (required, at least 32 bytes, in
 *     hs256 mode)
 * @param jwksUrl the JWKS endpoint (required, http or https, in jwks mode)
 * @param issuer the required {@code iss}, or null to accept any
 * @param audience a required {@code aud} entry, or null to accept any
 * @param tierClaim the claim holding the tier; a dotted name walks nested objects
 * @param jwksMinRefreshInterval the least time between two JWKS fetches
 * @param clockSkew the leeway allowed on {@code exp}, {@code nbf} and {@code iat}
 * @param roleClaim the claim holding the caller's role; {@code operator} there grants shared writes
 *     whatever the tier (a dotted name walks nested objects)
 * @param maxLifetime the longest accepted token lifetime: {@code exp - iat}, or {@code exp - now}
 *     without {@code iat}; a longer one is 401
 */
public record AuthConfig(
    String mode,
    String hs256Secret,
    String jwksUrl,
    String issuer,
    String audience,
    String tierClaim,
    Duration jwksMinRefreshInterval,
    Duration clockSkew,
    String roleClaim,
    Duration maxLifetime) {

  public static final String DEV = "dev";
  public static final String HS256 = "hs256";
  public static final String JWKS = "jwks";
  public static final String DEFAULT_TIER_CLAIM = "tier";
  public static final Duration DEFAULT_MIN_REFRESH = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
  public static final String DEFAULT_ROLE_CLAIM = "role";
  /** The role value that grants shared writes (imports, refresh, sync, aliases, promotion). */
  public static final String OPERATOR_ROLE = "operator";
  /** The role value that grants operator rights plus every user's resources ({@code ?all=true}). */
  public static final String ADMIN_ROLE = "admin";
  public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(24);
  /** HS256 keys shorter than the hash output (RFC 7518 section 3.2) are refused. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final Set<String> MODES = Set.of(DEV, HS256, JWKS);

  /** Validates every component and fills the defaults for null tier claim and durations. */
  public AuthConfig {
    if (mode == null || !MODES.contains(mode)) {
      throw new IllegalArgumentException("auth.mode must be dev|hs256|jwks (got '" + mode + "')");
    }
    tierClaim = tierClaim == null ? DEFAULT_TIER_CLAIM : tierClaim;
    if (tierClaim.isBlank()) {
      throw new IllegalArgumentException("auth.tier_claim must not be blank");
    }
    jwksMinRefreshInterval =
        nonNegative(jwksMinRefreshInterval, DEFAULT_MIN_REFRESH, "auth.jwks_min_refresh_seconds");
    clockSkew = nonNegative(clockSkew, DEFAULT_CLOCK_SKEW, "auth.clock_skew_seconds");
    roleClaim = roleClaim == null || roleClaim.isBlank() ? DEFAULT_ROLE_CLAIM : roleClaim;
    maxLifetime = nonNegative(maxLifetime, DEFAULT_MAX_LIFETIME, "auth.max_lifetime_seconds");
    if (maxLifetime.isZero()) {
      throw new IllegalArgumentException("auth.max_lifetime_seconds must be positive");
    }
    issuer = blankToNull(issuer);
    audience = blankToNull(audience);
    if (HS256.equals(mode)) {
      if (hs256Secret == null) {
        throw new IllegalArgumentException("auth.hs256_secret is required when auth.mode is hs256");
      }
      int bytes = hs256Secret.getBytes(StandardCharsets.UTF_8).length;
      if (bytes < MIN_SECRET_BYTES) {
        throw new IllegalArgumentException("auth.hs256_secret must be at least "
            + MIN_SECRET_BYTES + " bytes (got " + bytes + ")");
      }
      if (KnownSecrets.isKnown(hs256Secret)) {
        throw new IllegalArgumentException("auth.hs256_secret is a published example or placeholder "
            + "secret that anyone can mint tokens with; generate your own: head -c 32 /dev/urandom | base64");
      }
    }
    if (JWKS.equals(mode)) {
      if (jwksUrl == null || jwksUrl.isBlank()) {
        throw new IllegalArgumentException("auth.jwks_url is required when auth.mode is jwks");
      }
      requireHttpUrl(jwksUrl);
    }
  }

  /** The config with the default role claim and maximum token lifetime. */
  public AuthConfig(String mode, String hs256Secret, String jwksUrl, String issuer, String audience,
      String tierClaim, Duration jwksMinRefreshInterval, Duration clockSkew) {
    this(mode, hs256Secret, jwksUrl, issuer, audience, tierClaim, jwksMinRefreshInterval, clockSkew,
        null, null);
  }

  /** Like the generated one, but never prints the HS256 secret. */
  @Override
  public String toString() {
    return "AuthConfig[mode=" + mode
        + ", hs256Secret=" + (hs256Secret == null ? "null" : "<redacted>")
        + ", jwksUrl=" + jwksUrl + ", issuer=" + issuer + ", audience=" + audience
        + ", tierClaim=" + tierClaim + ", jwksMinRefreshInterval=" + jwksMinRefreshInterval
        + ", clockSkew=" + clockSkew + ", roleClaim=" + roleClaim
        + ", maxLifetime=" + maxLifetime + "]";
  }

  /** A dev-mode config with every default. */
  public static AuthConfig dev() {
    return new AuthConfig(DEV, null, null, null, null, null, null, null);
  }

  /**
   * Reads the {@code auth} JSON object: keys {@code mode} (default dev), {@code hs256_secret},
   * {@code jwks_url}, {@code issuer}, {@code audience}, {@code tier_claim}, and the optional
   * numbers {@code jwks_min_refresh_seconds}, {@code clock_skew_seconds} and {@code
   * max_lifetime_seconds} (numeric strings too, as BB_* overrides arrive), and {@code role_claim}.
   *
   * @throws IllegalArgumentException naming the offending key
   */
  public static AuthConfig fromJson(JsonObject json) {
    JsonObject j = json == null ? new JsonObject() : json;
    return new AuthConfig(
        string(j, "mode", DEV),
        string(j, "hs256_secret", null),
        string(j, "jwks_url", null),
        string(j, "issuer", null),
        string(j, "audience", null),
        string(j, "tier_claim", null),
        seconds(j, "jwks_min_refresh_seconds"),
        seconds(j, "clock_skew_seconds"),
        string(j, "role_claim", null),
        seconds(j, "max_lifetime_seconds"));
  }

  private static String string(JsonObject j, String key, String fallback) {
    Object v = j.getValue(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("auth." + key + " must be a string");
    }
    return s;
  }

  private static Duration seconds(JsonObject j, String key) {
    Object v = j.getValue(key);
    if (v == null) {
      return null;
    }
    double value;
    if (v instanceof Number n) {
      value = n.doubleValue();
    } else if (v instanceof String s && !s.isBlank()) {
      try {
        value = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("auth." + key + " must be a number of seconds");
      }
    } else {
      throw new IllegalArgumentException("auth." + key + " must be a number of seconds");
    }
    if (!Double.isFinite(value) || Math.abs(value) > 1e9) {
      throw new IllegalArgumentException("auth." + key + " must be a number of seconds");
    }
    return Duration.ofMillis(Math.round(value * 1000));
  }

  private static Duration nonNegative(Duration d, Duration fallback, String key) {
    Duration value = d == null ? fallback : d;
    if (value.isNegative()) {
      throw new IllegalArgumentException(key + " must not be negative");
    }
    return value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static void requireHttpUrl(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        throw new IllegalArgumentException(
            "auth.jwks_url must be an http(s) URL (got '" + url + "')");
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("auth.")) {
        throw e;
      }
      throw new IllegalArgumentException("auth.jwks_url is not a valid URL (got '" + url + "')", e);
    }
  }
}
