package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/**
 * CORS from configuration: the listed origins, or any origin with "*". A same-origin request (its
 * Origin is the service's own scheme and Host, as a browser sends on module scripts, POSTs and
 * WebSocket handshakes from the dashboard at /app) is not cross-origin and passes untouched:
 * Vert.x's CorsHandler alone would refuse it with 403 unless the service listed itself.
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
      if (sameOrigin(ctx.request())) {
        ctx.next();
      } else {
        cors.handle(ctx);
      }
    };
  }

  /** Whether the request's Origin is exactly scheme://Host of the request itself (RFC 6454 origin of this service). */
  static boolean sameOrigin(HttpServerRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    String host = request.getHeader(HttpHeaders.HOST);
    return origin != null && host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
  }
}
