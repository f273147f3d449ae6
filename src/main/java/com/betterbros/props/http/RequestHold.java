package com.betterbros.props.http;

import io.vertx.ext.web.RoutingContext;

/**
 * Holds a request's body while asynchronous handlers (the access-key lookup, the account check,
 * the rate limit) run before the body handler: the first {@link #hold} pauses the request, the
 * last {@link #release} resumes it. One handler resuming after its {@code ctx.next()} while the
 * next one still waits would let the body arrive before anything reads it; counting the holds on
 * the routing context keeps it paused until every one is done (the body handler resumes it itself).
 */
final class RequestHold {

  private static final String HOLDS = "request_holds";

  private RequestHold() {}

  /** Pauses the request (once, however many handlers hold it) unless it has already ended. */
  static void hold(RoutingContext ctx) {
    int holds = ctx.get(HOLDS, 0);
    if (holds == 0 && !ctx.request().isEnded()) {
      ctx.request().pause();
    }
    ctx.put(HOLDS, holds + 1);
  }

  /**
   * Holds the request while {@code answer} is still to come (a lookup on Redis, the store or the
   * bus); one that has already answered (a cached account, a local count) needs no hold.
   *
   * @return whether it held: pass it to {@link #release(RoutingContext, boolean)}
   */
  static boolean holdWhilePending(RoutingContext ctx, io.vertx.core.Future<?> answer) {
    if (answer.isComplete()) {
      return false;
    }
    hold(ctx);
    return true;
  }

  /** {@link #release(RoutingContext)} when {@code held}. */
  static void release(RoutingContext ctx, boolean held) {
    if (held) {
      release(ctx);
    }
  }

  /** Drops one hold; the last one resumes the request unless it has ended. */
  static void release(RoutingContext ctx) {
    int holds = Math.max(0, ctx.get(HOLDS, 0) - 1);
    ctx.put(HOLDS, holds);
    if (holds == 0 && !ctx.request().isEnded()) {
      ctx.request().resume();
    }
  }
}
