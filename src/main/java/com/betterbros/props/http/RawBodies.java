package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The paths whose bodies the gateway's body handling leaves alone: {@code POST /props/import} and
 * {@code POST /history/import} read theirs raw (a feed's bytes, up to their own limit) and
 * {@code /ws/...} is a WebSocket upgrade. A string comparison on the normalized path, as the
 * router's own matching uses, instead of a regular-expression route tried on every request.
 */
final class RawBodies {

  private RawBodies() {}

  /** Whether {@code path} (normalized) is one whose body is read raw, or none. */
  static boolean raw(String path) {
    return "/props/import".equals(path) || "/history/import".equals(path) || path.startsWith("/ws/");
  }

  /** {@code handler}, except on a raw path, where the request passes on untouched. */
  static Handler<RoutingContext> skip(Handler<RoutingContext> handler) {
    return ctx -> {
      if (raw(ctx.normalizedPath())) {
        ctx.next();
      } else {
        handler.handle(ctx);
      }
    };
  }
}
