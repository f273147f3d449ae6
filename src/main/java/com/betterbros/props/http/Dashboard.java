package com.betterbros.props.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Serves the dashboard (/app): plain HTML, CSS and ES modules from {@code webroot/app}, and uPlot
 * from its webjar under /app/vendor/uplot. No token is needed for the files (the page asks for
 * one and sends it on every API call); every response carries a Content-Security-Policy that lets
 * the page load and connect only to the service itself, WebSocket feed included, and runs no
 * inline script.
 */
final class Dashboard {

  /** The policy, with {@code %s} the request's own host (for the ws:/wss: of the live feed). */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " font-src 'self'; connect-src 'self'%s; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");
  private static final String UPLOT = "META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist";

  private Dashboard() {}

  static void mount(Router router) {
    Buffer index = Buffer.buffer(read("webroot/app/index.html"));
    router.route("/app").handler(Dashboard::headers);
    router.route("/app/*").handler(Dashboard::headers);
    router.get("/app").handler(ctx -> page(ctx, index));
    router.get("/app/").handler(ctx -> page(ctx, index));
    router.get("/app/vendor/uplot/*").handler(StaticHandler.create(UPLOT).setCachingEnabled(true));
    router.get("/app/*").handler(StaticHandler.create("webroot/app").setCachingEnabled(true)
        .setIndexPage("index.html"));
  }

  /** The policy for a request to {@code host} (its Host header): ws/wss of that host only, nothing when it looks odd. */
  static String policy(String host) {
    String feed = host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
    return String.format(CSP, feed);
  }

  private static void headers(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Security-Policy", policy(ctx.request().getHeader("Host")))
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer");
    ctx.next();
  }

  private static void page(RoutingContext ctx, Buffer html) {
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-cache")
        .end(html);
  }

  // the webjar's version, from its Maven metadata in the jar
  private static String uplotVersion() {
    String pom = "META-INF/maven/org.webjars.npm/uplot/pom.properties";
    try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(pom)) {
      if (in == null) {
        throw new IllegalStateException(pom + " is missing: the uplot webjar is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
