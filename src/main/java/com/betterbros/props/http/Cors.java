package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/**
 * CORS from configuration: the listed origins, or any origin with "*". A same-origin request (its
 * {@code Origin} is this service's own scheme and host, as the dashboard's POSTs and WebSocket
 * upgrades send) is not cross-origin and passes untouched; any other origin must be listed, so a
 * foreign page cannot open /ws/edges in a user's browser.
 */
final class Cors {

  private Cors() {}

  static Handler<RoutingContext> handler(List<String> origins) {
    CorsHandler cors = CorsHandler.create();
    if (!origins.contains("*")) {
      origins.forEach(cors::addOrigin);
    }
    cors.allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS))
        .allowedHeaders(Set.of("Authorization", "Content-Type", RequestLog.HEADER))
        .exposedHeaders(Set.of(RequestLog.HEADER, "Retry-After"))
        .maxAgeSeconds(600);
    return ctx -> {
      String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
      String host = ctx.request().getHeader(HttpHeaders.HOST);
      if (origin != null && host != null && origin.equalsIgnoreCase(ctx.request().scheme() + "://" + host)) {
        ctx.next();
      } else {
        cors.handle(ctx);
      }
    };
  }
}
