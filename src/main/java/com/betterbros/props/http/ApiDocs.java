package com.betterbros.props.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI description (/openapi.yaml) and two viewers of it, Swagger UI (/docs) and
 * ReDoc (/redoc), entirely from the service: the pages and their start scripts from
 * {@code webroot/docs}, Swagger UI's assets from its webjar, ReDoc's standalone bundle from the
 * jar (fetched from the npm registry at build time, pinned by SHA-512). No CDN, so the docs work
 * offline; the pages carry a Content-Security-Policy that lets them load only from the service
 * (styles inline, as both viewers inject theirs; ReDoc's search worker from a blob URL).
 */
final class ApiDocs {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self';"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  private static final String SWAGGER_ASSETS = "META-INF/resources/webjars/swagger-ui/" + swaggerVersion();

  private ApiDocs() {}

  static void mount(Router router) {
    Buffer spec = Buffer.buffer(read("openapi.yaml"));
    Buffer swagger = Buffer.buffer(read("webroot/docs/swagger.html"));
    Buffer redoc = Buffer.buffer(read("webroot/docs/redoc.html"));
    router.get("/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml")
        .end(spec));
    router.get("/docs").handler(ctx -> page(ctx, swagger));
    router.get("/redoc").handler(ctx -> page(ctx, redoc));
    router.get("/docs/assets/*").handler(StaticHandler.create(SWAGGER_ASSETS).setCachingEnabled(true));
    router.get("/redoc/assets/*").handler(StaticHandler.create("META-INF/resources/redoc").setCachingEnabled(true));
    router.get("/docs/*").handler(StaticHandler.create("webroot/docs").setCachingEnabled(true));
  }

  private static void page(RoutingContext ctx, Buffer html) {
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", CSP)
        .putHeader("X-Content-Type-Options", "nosniff")
        .end(html);
  }

  // the webjar's version, from its Maven metadata in the jar
  private static String swaggerVersion() {
    String pom = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(pom)) {
      if (in == null) {
        throw new IllegalStateException(pom + " is missing: the swagger-ui webjar is not on the class path");
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(String resource) {
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
