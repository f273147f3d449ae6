package com.betterbros.props.keys;

import com.betterbros.props.auth.ApiKeyLookup;
import com.betterbros.props.auth.AuthFailure;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.keys.api.KeysService;
import com.betterbros.props.keys.core.Scope;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;

/**
 * The gateway's access-key lookup over {@code keys.service} (with the bus timeout of the proxy it
 * is given). Nothing is cached: each request asks, so a revoked key fails on the next request on
 * every node.
 */
public final class KeyPrincipals implements ApiKeyLookup {

  private final KeysService keys;

  public KeyPrincipals(KeysService keys) {
    this.keys = keys;
  }

  @Override
  public Future<Principal> principal(String key) {
    return keys.authenticate(key).transform(ar -> {
      if (ar.failed()) {
        return ar.cause() instanceof ServiceException se && se.failureCode() == 401
            ? Future.failedFuture(new AuthFailure("unknown, revoked or expired API key"))
            : Future.failedFuture(ar.cause());
      }
      JsonObject claims = new JsonObject().put(KEY_ID_CLAIM, ar.result().getKeyId())
          .put("scopes", ar.result().getScopes().copy());
      return Future.succeededFuture(new Principal(ar.result().getUserId(), Tier.parse(ar.result().getTier()), claims));
    });
  }

  @Override
  public boolean allows(Principal principal, String method) {
    JsonArray scopes = principal.claims().getJsonArray("scopes", new JsonArray());
    return scopes.stream().map(o -> Scope.parse(String.valueOf(o))).anyMatch(s -> s != null && s.allows(method));
  }
}
