package com.betterbros.props.auth;

import io.vertx.core.Future;

/**
 * The gateway's second way in: a bearer token starting {@value #PREFIX} is an access key, looked
 * up (on every request, uncached, so a revocation takes effect at once) by the keys domain instead
 * of verified as a JWT. Implemented by the keys domain; {@code app} hands it to the gateway.
 */
public interface ApiKeyLookup {

  /** Tokens with this prefix are access keys, never JWTs (a compact JWS starts "eyJ"). */
  String PREFIX = "bbp_";

  /** The claim of a key principal naming the key's id (a JWT principal never has it from here). */
  String KEY_ID_CLAIM = "key_id";

  /**
   * The key owner's principal (the tier stored on the key; claims {@code key_id}, {@code scopes}),
   * an {@link AuthFailure} for an unknown, revoked or expired key, or another failure when the
   * keys service cannot answer (timeout, no consumer).
   */
  Future<Principal> principal(String key);

  /** Whether the key principal's scopes allow a request with this HTTP method. */
  boolean allows(Principal principal, String method);
}
