package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a UUID), echoes it in
 * the response, and writes one structured access-log line when the response ends.
 */
public final class RequestLog implements Handler<RoutingContext> {

  public static final String HEADER = "X-Request-Id";
  public static final String KEY = "request_id";
  private static final Logger LOG = LoggerFactory.getLogger("access");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Override
  public void handle(RoutingContext ctx) {
    String given = ctx.request().getHeader(HEADER);
    String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    long started = System.nanoTime();
    ctx.put(KEY, id);
    ctx.response().putHeader(HEADER, id);
    ctx.addEndHandler(v -> LOG.atInfo()
        .addKeyValue(KEY, id)
        .addKeyValue("method", ctx.request().method().name())
        .addKeyValue("path", ctx.request().path())
        .addKeyValue("status", ctx.response().getStatusCode())
        .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
        .log("request"));
    ctx.next();
  }
}
