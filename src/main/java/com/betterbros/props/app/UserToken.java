package com.betterbros.props.app;

import com.betterbros.props.auth.AuthConfig;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code token --sub ID [--tier T] [--role operator|admin] [--ttl 1h]}: an HS256 user token signed
 * with {@code BB_AUTH_HS256_SECRET}, for scripts and for trying the API. {@code --role} writes the
 * configured role claim ({@code auth.role_claim}; a dotted name nests, e.g. {@code
 * app_metadata.role}), which grants shared writes (operator) or every user's resources (admin).
 */
final class UserToken {

  private UserToken() {}

  /**
   * Mints the token.
   *
   * @throws IllegalArgumentException when the auth mode is not hs256, or an option is wrong
   */
  static String mint(AppConfig config, String sub, String tierName, String role, Duration ttl) {
    AuthConfig auth = config.auth();
    if (!AuthConfig.HS256.equals(auth.mode())) {
      throw new IllegalArgumentException("token mints hs256 tokens: set BB_AUTH_MODE=hs256 and "
          + "BB_AUTH_HS256_SECRET (dev mode prints its own token at start; jwks tokens come from your IdP)");
    }
    Tier tier = Tier.parse(tierName);
    if (!tier.name().equalsIgnoreCase(tierName)) {
      throw new IllegalArgumentException("--tier must be free, pro or enterprise");
    }
    if (role != null && !role.equals(AuthConfig.OPERATOR_ROLE) && !role.equals(AuthConfig.ADMIN_ROLE)) {
      throw new IllegalArgumentException("--role must be operator or admin");
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("--ttl must be positive");
    }
    if (ttl.compareTo(auth.maxLifetime()) > 0) {
      throw new IllegalArgumentException("--ttl must not exceed auth.max_lifetime_seconds (BB_JWT_MAX_LIFETIME_S = "
          + auth.maxLifetime().toSeconds() + ")");
    }
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject().put("sub", sub).put("tier", tier.name().toLowerCase(Locale.ROOT))
        .put("iat", now).put("exp", now + ttl.toSeconds());
    if (auth.issuer() != null) {
      claims.put("iss", auth.issuer());
    }
    if (auth.audience() != null) {
      claims.put("aud", auth.audience());
    }
    if (role != null) {
      put(claims, auth.roleClaim(), role);
    }
    return TokenMinter.sign(auth.hs256Secret(), claims);
  }

  /** Puts {@code value} at the dotted claim name, creating the nested objects on the way. */
  private static void put(JsonObject claims, String dotted, String value) {
    String[] parts = dotted.split("\\.");
    JsonObject node = claims;
    for (int i = 0; i < parts.length - 1; i++) {
      if (!(node.getValue(parts[i]) instanceof JsonObject)) {
        node.put(parts[i], new JsonObject());
      }
      node = node.getJsonObject(parts[i]);
    }
    node.put(parts[parts.length - 1], value);
  }
}
