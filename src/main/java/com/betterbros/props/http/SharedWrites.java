package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The one gate for writes that change data every user shares: props import and refresh, history
 * import and sync, identity aliases, model promotion. They need the enterprise tier or the
 * operator role claim ({@code auth.role_claim}, default {@code role: operator}); anyone else gets
 * 403 JSON. Mount it after the {@link AuthHandler} and before any body handler.
 */
public final class SharedWrites {

  private SharedWrites() {}

  /**
   * A handler that lets enterprise or operator callers through and answers 403 otherwise.
   *
   * @param what the action in words, for the message ("importing props")
   */
  public static Handler<RoutingContext> guard(String what) {
    return ctx -> {
      if (!AuthHandler.principal(ctx).maySharedWrite()) {
        ctx.fail(new HttpProblem(403, "forbidden", null,
            what + " changes data every user shares: it needs the enterprise tier or the operator role"));
        return;
      }
      ctx.next();
    };
  }
}
