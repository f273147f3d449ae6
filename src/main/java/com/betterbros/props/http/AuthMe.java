package com.betterbros.props.http;

import com.betterbros.props.auth.Account;
import com.betterbros.props.auth.Principal;
import com.betterbros.props.ratelimit.RateLimiter;
import com.betterbros.props.ratelimit.core.Gcra;
import com.betterbros.props.ratelimit.core.UsageToday;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /auth/me}: the caller's account ({@link AccountHandler}), each route group's budget
 * per minute for its tier and what is left of it now (read without counting), and its requests
 * today (UTC) by group as the rate limiter counted them.
 */
final class AuthMe {

  private final RateLimiter limiter;

  AuthMe(RateLimiter limiter) {
    this.limiter = limiter;
  }

  void handle(RoutingContext ctx) {
    Principal caller = AuthHandler.principal(ctx);
    Account account = AccountHandler.account(ctx);
    List<String> groups = limiter.config().perMinute().keySet().stream().sorted().toList();
    JsonObject limits = new JsonObject();
    groups.forEach(g -> limits.put(g, new JsonObject().put("per_minute", limiter.config().perMinute(g, caller.tier()))));
    List<Future<Gcra.Decision>> left = groups.stream().map(g -> limiter.peek(caller.userId(), caller.tier(), g)).toList();
    Future<UsageToday> today = limiter.config().enabled() ? limiter.usageToday(caller.userId())
        : Future.succeededFuture(null);
    Future.all(left).compose(v -> today).onComplete(ar -> {
      JsonObject used = new JsonObject();
      for (int i = 0; i < groups.size(); i++) {
        Gcra.Decision d = left.get(i).result();
        used.put(groups.get(i), new JsonObject().put("remaining", d.remaining()).put("reset_s", d.resetSeconds()));
      }
      ErrorResponses.send(ctx, 200, new JsonObject()
          .put("user_id", caller.userId())
          .put("email", account.email())
          .put("tier", caller.tier().name().toLowerCase(Locale.ROOT))
          .put("active", account.active())
          .put("created", account.created())
          .put("account_stored", account.stored())
          .put("limits", limits)
          .put("usage", used)
          .put("usage_today", ar.succeeded() ? usage(ar.result()) : null)
          .put("backend", limiter.status().getString("backend", "none")));
    });
  }

  private static JsonObject usage(UsageToday u) {
    if (u == null) {
      return null;
    }
    JsonObject byGroup = new JsonObject();
    u.byGroup().forEach(byGroup::put);
    return new JsonObject().put("date", u.date()).put("requests", u.requests()).put("by_group", byGroup)
        .put("source", u.source());
  }
}
