package com.betterbros.props.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Set;

/** CORS from configuration: the listed origins, or any origin with "*". */
final class Cors {

  private Cors() {}

  static CorsHandler handler(List<String> origins) {
    CorsHandler cors = CorsHandler.create();
    if (!origins.contains("*")) {
      origins.forEach(cors::addOrigin);
    }
    return cors
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.OPTIONS))
        .allowedHeaders(Set.of("Authorization", "Content-Type", RequestLog.HEADER))
        .exposedHeaders(Set.of(RequestLog.HEADER, "Retry-After"))
        .maxAgeSeconds(600);
  }
}
