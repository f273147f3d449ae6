package com.betterbros.props.auth;

import io.vertx.core.Future;

/**
 * The gateway's check of each authenticated caller's account: records that the user was seen
 * (creating the account on first sight) and tells whether it is active. Implemented by the users
 * domain with a bounded per-node cache; {@code app} hands it to the gateway.
 */
public interface AccountLookup {

  /**
   * The caller's account. When the users service cannot answer: the last state this node knew,
   * else {@link Account#unknown}; fails only when the token's identity cannot be recorded (a 400
   * naming the claim, e.g. a control character in {@code sub}).
   *
   * @param viaApiKey true when the principal comes from a {@code bbp_} access key, whose tier is
   *     the key's and which carries no email: it is checked, not recorded as the user's tier
   */
  Future<Account> account(Principal caller, boolean viaApiKey);
}
