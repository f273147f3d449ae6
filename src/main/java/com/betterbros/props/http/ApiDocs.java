package com.betterbros.props.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI description (/openapi.yaml) and two viewers of it: Swagger UI (/docs) and
 * ReDoc (/redoc). The viewers' scripts load from a public CDN in the reader's browser.
 */
final class ApiDocs {

  private static final String SWAGGER = """
      <!doctype html><html><head><meta charset="utf-8"><title>BetterBros Props API</title>
      <link rel="stylesheet" href="https://unpkg.com/swagger-ui-dist@5/swagger-ui.css"></head>
      <body><div id="ui"></div><script src="https://unpkg.com/swagger-ui-dist@5/swagger-ui-bundle.js"></script>
      <script>SwaggerUIBundle({url: '/openapi.yaml', dom_id: '#ui'});</script></body></html>
      """;
  private static final String REDOC = """
      <!doctype html><html><head><meta charset="utf-8"><title>BetterBros Props API</title></head>
      <body><redoc spec-url="/openapi.yaml"></redoc>
      <script src="https://cdn.redoc.ly/redoc/latest/bundles/redoc.standalone.js"></script></body></html>
      """;

  private ApiDocs() {}

  static void mount(Router router) {
    Buffer spec = Buffer.buffer(read("openapi.yaml"));
    router.get("/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml")
        .end(spec));
    router.get("/docs").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html").end(SWAGGER));
    router.get("/redoc").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html").end(REDOC));
  }

  private static byte[] read(String resource) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
