package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * An authenticated caller.
 *
 * @param userId the token's {@code sub}
 * @param tier the subscription tier read from the token
 * @param claims every claim of the verified token (a copy)
 * @param operator true when the token's role claim says {@code operator} (or {@code admin})
 * @param admin true when the token's role claim says {@code admin}: may see and act on every
 *     user's resources ({@code ?all=true}); an admin is an operator too
 */
public record Principal(String userId, Tier tier, JsonObject claims, boolean operator, boolean admin) {

  /** A principal without the operator or admin role. */
  public Principal(String userId, Tier tier, JsonObject claims) {
    this(userId, tier, claims, false, false);
  }

  /** A principal that is an operator or not, and not an admin. */
  public Principal(String userId, Tier tier, JsonObject claims, boolean operator) {
    this(userId, tier, claims, operator, false);
  }

  /**
   * True when this caller may change data every user shares (props import and refresh, history
   * import and sync, identity aliases, promotion): the enterprise tier or the operator role.
   */
  public boolean maySharedWrite() {
    return operator || tier.atLeast(Tier.ENTERPRISE);
  }

  /** Requires a user id and a tier; null claims become an empty object. */
  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(tier, "tier");
    claims = claims == null ? new JsonObject() : claims;
    operator = operator || admin;
  }
}
