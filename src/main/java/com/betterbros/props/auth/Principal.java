package com.betterbros.props.auth;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * An authenticated caller.
 *
 * @param userId the token's {@code sub}
 * @param tier the subscription tier read from the token
 * @param claims every claim of the verified token (a copy)
 */
public record Principal(String userId, Tier tier, JsonObject claims) {

  /** Requires a user id and a tier; null claims become an empty object. */
  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(tier, "tier");
    claims = claims == null ? new JsonObject() : claims;
  }
}
