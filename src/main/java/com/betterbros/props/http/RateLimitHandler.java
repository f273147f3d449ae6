package com.betterbros.props.http;

import com.betterbros.props.auth.Principal;
import com.betterbros.props.ratelimit.RateLimiter;
import com.betterbros.props.ratelimit.core.Gcra;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Mounted right after {@link AuthHandler}: counts the request against the caller's budget for the
 * route's group (user id × group, the tier's per-minute limit) and puts the IETF draft headers
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds) on the
 * response; over the budget it answers 429 {@code too_many_requests} with {@code Retry-After}.
 * Routes mounted before authentication (health, metrics, docs, the dashboard) are never counted.
 */
public final class RateLimitHandler implements Handler<RoutingContext> {

  // pre-encoded header names (Netty's AsciiString): checked and hashed once, not per response
  private static final CharSequence LIMIT = HttpHeaders.createOptimized("RateLimit-Limit");
  private static final CharSequence REMAINING = HttpHeaders.createOptimized("RateLimit-Remaining");
  private static final CharSequence RESET = HttpHeaders.createOptimized("RateLimit-Reset");

  private final RateLimiter limiter;

  public RateLimitHandler(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /** Counts the request, then {@code ctx.next()} with the headers set, or a 429. */
  @Override
  public void handle(RoutingContext ctx) {
    if (!limiter.config().enabled()) {
      ctx.next();
      return;
    }
    Principal caller = AuthHandler.principal(ctx);
    String group = limiter.config().routes().groupOf(ctx.request().method().name(), ctx.request().path());
    Future<Gcra.Decision> decision = limiter.acquire(caller.userId(), caller.tier(), group);
    // a count that waits for Redis holds the body until a handler downstream (BodyHandler, a raw
    // import) is there to read it, as vertx-web's own asynchronous auth handlers do; one counted
    // locally is already decided, and nothing can arrive in between
    boolean held = RequestHold.holdWhilePending(ctx, decision);
    decision.onComplete(ar -> {
      if (ctx.response().ended()) {
        RequestHold.release(ctx, held);
        return;
      }
      Gcra.Decision d = ar.result(); // the limiter never fails: it falls back to counting locally
      HttpServerResponse response = ctx.response();
      response.putHeader(LIMIT, String.valueOf(d.limit()))
          .putHeader(REMAINING, String.valueOf(d.remaining()))
          .putHeader(RESET, String.valueOf(d.resetSeconds()));
      if (d.allowed()) {
        ctx.next();
        RequestHold.release(ctx, held);
        return;
      }
      String body = new JsonObject()
          .put("error", "too_many_requests")
          .put("message", "Rate limit of " + d.limit() + " requests per minute for the '" + group
              + "' routes of tier " + caller.tier().name().toLowerCase() + " exceeded; retry in "
              + d.retryAfterSeconds() + " s.")
          .put("group", group)
          .put("retry_after_s", d.retryAfterSeconds())
          .encode();
      RequestHold.release(ctx, held);
      response.setStatusCode(429)
          .putHeader("Retry-After", String.valueOf(d.retryAfterSeconds()))
          .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
          .end(body);
    });
  }
}
