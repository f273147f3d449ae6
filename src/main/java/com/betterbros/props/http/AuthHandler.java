package com.betterbros.props.http;

import com.betterbros.props.auth.ApiKeyLookup;
import com.betterbros.props.auth.AuthFailure;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.auth.TokenVerifier;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;

/**
 * Route handler requiring {@code Authorization: Bearer <token>} (RFC 6750). A verified token puts
 * its {@link Principal} under {@link #PRINCIPAL_KEY} and continues the chain; a missing or invalid
 * one ends the request with 401, {@code WWW-Authenticate: Bearer} and a JSON error body. A token
 * starting {@code bbp_} is an access key: {@link ApiKeyLookup} gives its owner's principal (401
 * when unknown, revoked or expired; 403 when its scopes do not allow the method; the keys
 * service's own failure, e.g. a bus timeout, through the error handler). A token longer than the
 * handler's bound ({@code http.max_token_bytes}, 16 KiB by default) is a 401 "token too large"
 * before anything parses it. A JWT is verified about once a second per token ({@link
 * VerifiedTokens}: a bounded memory of accepted tokens, up to their {@code exp}).
 */
public final class AuthHandler implements Handler<RoutingContext> {

  /** The routing-context key of the authenticated principal. */
  public static final String PRINCIPAL_KEY = "principal";

  private static final String SCHEME = "bearer ";

  /** The routing-context key set to TRUE when the principal comes from an access key, not a JWT. */
  public static final String VIA_API_KEY = "principal_via_api_key";

  /** The default bound on a bearer token's length, in characters (a token is ASCII). */
  public static final int DEFAULT_MAX_TOKEN_CHARS = 16 * 1024;

  /** JWTs verified in the last second (bounded; see {@link VerifiedTokens}). */
  private final VerifiedTokens verified;
  private final ApiKeyLookup apiKeys;
  private final int maxTokenChars;

  /** A handler verifying JWTs with {@code verifier}; access keys are refused (401). */
  public AuthHandler(TokenVerifier verifier) {
    this(verifier, null, DEFAULT_MAX_TOKEN_CHARS);
  }

  /**
   * A handler verifying JWTs with {@code verifier} and access keys with {@code apiKeys} (null:
   * refused); a token longer than {@code maxTokenChars} is refused unparsed.
   */
  public AuthHandler(TokenVerifier verifier, ApiKeyLookup apiKeys, int maxTokenChars) {
    // no clock skew on a remembered token: in its leeway it goes back to the verifier
    this.verified = VerifiedTokens.of(Objects.requireNonNull(verifier, "verifier"), 0);
    this.apiKeys = apiKeys;
    this.maxTokenChars = maxTokenChars;
  }

  /** Verifies the bearer token, then calls {@code ctx.next()} or answers 401. */
  @Override
  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if ((header == null || header.isBlank()) && webSocketBearer(ctx) != null) {
      header = "Bearer " + webSocketBearer(ctx);
    }
    if (header == null || header.isBlank()) {
      unauthorized(ctx, "Missing Authorization header with a Bearer token.");
      return;
    }
    String trimmed = header.trim();
    if (trimmed.length() <= SCHEME.length()
        || !trimmed.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      unauthorized(ctx, "Authorization header must use the Bearer scheme.");
      return;
    }
    String token = trimmed.substring(SCHEME.length()).trim();
    if (token.length() > maxTokenChars) {
      unauthorized(ctx, "Bearer token rejected: token too large (" + token.length() + " characters, at most "
          + maxTokenChars + ").");
      return;
    }
    if (token.startsWith(ApiKeyLookup.PREFIX)) {
      apiKey(ctx, token);
      return;
    }
    verified
        .verify(token)
        .onSuccess(principal -> {
          ctx.put(PRINCIPAL_KEY, principal);
          ctx.next();
        })
        .onFailure(err -> unauthorized(ctx, sentence(err)));
  }

  /** Whether the request's principal comes from an access key (true) or a JWT. */
  public static boolean viaApiKey(RoutingContext ctx) {
    return Boolean.TRUE.equals(ctx.get(VIA_API_KEY));
  }

  private void apiKey(RoutingContext ctx, String key) {
    if (apiKeys == null) {
      unauthorized(ctx, "Bearer token rejected: API keys are not accepted here.");
      return;
    }
    // the lookup crosses the bus: hold the body until the body handler (or the route) is in place
    RequestHold.hold(ctx);
    apiKeys.principal(key).onComplete(ar -> {
      if (ar.failed()) {
        if (ar.cause() instanceof AuthFailure) {
          unauthorized(ctx, sentence(ar.cause()));
        } else {
          ctx.fail(ar.cause());
        }
      } else if (!apiKeys.allows(ar.result(), ctx.request().method().name())) {
        ctx.fail(new HttpProblem(403, "forbidden", null,
            "this API key's scopes do not allow " + ctx.request().method().name() + " requests"));
      } else {
        ctx.put(PRINCIPAL_KEY, ar.result());
        ctx.put(VIA_API_KEY, Boolean.TRUE);
        ctx.next();
      }
      RequestHold.release(ctx);
    });
  }

  /** Query parameters that carry a token in the URL, where it would land in logs and histories. */
  private static final java.util.Set<String> URL_TOKEN_PARAMS = java.util.Set.of("access_token", "token", "jwt",
      "id_token", "bearer");

  /**
   * Mounted before everything else on every route: a token offered in the query string is refused
   * with 401 (RFC 6750 section 2.3 allows it; we do not), whatever else the request carries.
   */
  public static void refuseUrlToken(RoutingContext ctx) {
    for (String name : ctx.queryParams().names()) {
      if (URL_TOKEN_PARAMS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        unauthorized(ctx, "Tokens are not accepted in the URL (query parameter " + name
            + "); send Authorization: Bearer <token>.");
        return;
      }
    }
    ctx.next();
  }

  /**
   * The principal an earlier {@link AuthHandler} stored.
   *
   * @throws IllegalStateException when the route has no AuthHandler before it
   */
  public static Principal principal(RoutingContext ctx) {
    Principal p = ctx.get(PRINCIPAL_KEY);
    if (p == null) {
      throw new IllegalStateException("no principal on this route: mount AuthHandler first");
    }
    return p;
  }

  /**
   * Browsers cannot set headers on a WebSocket upgrade; they offer the token as a subprotocol
   * instead: {@code new WebSocket(url, ["bearer", token])} sends {@code Sec-WebSocket-Protocol:
   * bearer, <token>}, and the server selects {@code bearer}. Never a token in the URL (it would
   * land in logs and histories). Null unless this is such an upgrade.
   */
  private static String webSocketBearer(RoutingContext ctx) {
    String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
    String protocols = ctx.request().getHeader("Sec-WebSocket-Protocol");
    if (upgrade == null || !upgrade.equalsIgnoreCase("websocket") || protocols == null) {
      return null;
    }
    String[] offered = protocols.split(",");
    if (offered.length != 2 || !offered[0].trim().equalsIgnoreCase("bearer") || offered[1].isBlank()) {
      return null;
    }
    return offered[1].trim();
  }

  private static String sentence(Throwable err) {
    String reason = err instanceof AuthFailure f ? f.reason() : "invalid token";
    return "Bearer token rejected: " + reason + ".";
  }

  private static void unauthorized(RoutingContext ctx, String message) {
    if (ctx.response().ended()) {
      return;
    }
    String body = new JsonObject().put("error", "unauthorized").put("message", message).encode();
    ctx.response()
        .setStatusCode(401)
        .putHeader("WWW-Authenticate", "Bearer")
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(body);
  }
}
