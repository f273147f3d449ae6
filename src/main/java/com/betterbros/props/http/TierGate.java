package com.betterbros.props.http;

import com.betterbros.props.auth.Tier;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** A route guard: the caller's tier must be at least {@code minimum}, else 403 JSON naming the routes. */
public final class TierGate {

  private TierGate() {}

  /** Continues the chain for {@code minimum} and above; {@code routes} names what is guarded in the 403. */
  public static Handler<RoutingContext> atLeast(Tier minimum, String routes) {
    String message = routes + " needs the " + minimum.name().toLowerCase(java.util.Locale.ROOT) + " tier or above";
    return ctx -> {
      if (!AuthHandler.principal(ctx).tier().atLeast(minimum)) {
        ctx.fail(new HttpProblem(403, "forbidden", null, message));
        return;
      }
      ctx.next();
    };
  }
}
