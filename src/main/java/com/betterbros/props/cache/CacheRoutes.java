package com.betterbros.props.cache;

import com.betterbros.props.cache.api.CacheService;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for cache invalidation: {@code POST /admin/cache/invalidate {"domain": "..."}} is a shared
 * write (the tier matrix: enterprise tier or the operator role, else 403), then one {@link
 * CacheService} call.
 */
public final class CacheRoutes {

  private CacheRoutes() {}

  public static void mount(Router router, CacheService cache) {
    router.post("/admin/cache/invalidate").handler(ctx -> Requests.reply(ctx, cache.invalidate(domain(ctx))));
  }

  private static String domain(RoutingContext ctx) {
    JsonObject body = Requests.jsonBody(ctx);
    if (!(body.getValue("domain") instanceof String domain) || domain.isBlank()) {
      throw HttpProblem.badRequest("domain", "domain is required: one of " + String.join(", ", CacheDomains.names()));
    }
    return domain;
  }
}
