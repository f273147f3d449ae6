package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a UUID), echoes it in
 * the response, and writes one structured access-log line when the response ends. Probes poll
 * {@code /health} every few seconds: of its successful (2xx) answers only one in {@code
 * healthSample} is logged (the first, then every N-th; 0 = none), with the count it stands for in
 * {@code sampled_of}; a {@code /health} answer that is not 2xx is always logged.
 */
public final class RequestLog implements Handler<RoutingContext> {

  public static final String HEADER = "X-Request-Id";
  public static final String KEY = "request_id";
  private static final Logger LOG = LoggerFactory.getLogger("access");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final int healthSample;
  private final AtomicLong healthOk = new AtomicLong();

  /** Logs every request but successful {@code /health} ones, of which 1 in {@code healthSample} (0: none). */
  public RequestLog(int healthSample) {
    if (healthSample < 0) {
      throw new IllegalArgumentException("healthSample must be >= 0, got " + healthSample);
    }
    this.healthSample = healthSample;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String given = ctx.request().getHeader(HEADER);
    String id = given != null && SANE.matcher(given).matches() ? given : freshId();
    long started = System.nanoTime();
    ctx.put(KEY, id);
    ctx.response().putHeader(HEADER, id);
    ctx.addEndHandler(v -> {
      int status = ctx.response().getStatusCode();
      long sampledOf = logged(ctx.request().path(), status);
      if (sampledOf == 0) {
        return;
      }
      var line = LOG.atInfo()
          .addKeyValue(KEY, id)
          .addKeyValue("method", ctx.request().method().name())
          .addKeyValue("path", ctx.request().path())
          .addKeyValue("status", status)
          .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000);
      if (sampledOf > 1) {
        line = line.addKeyValue("sampled_of", sampledOf);
      }
      line.log("request");
    });
    ctx.next();
  }

  /**
   * A random (version 4) UUID from the thread's own generator: a request id needs to be unique, not
   * unguessable, and {@link UUID#randomUUID()} takes every request through one shared SecureRandom.
   */
  static String freshId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  /**
   * Whether this answer is logged: 0 when not, else how many answers the line stands for (1, or
   * {@code healthSample} for a sampled successful /health).
   */
  long logged(String path, int status) {
    if (!"/health".equals(path) || status < 200 || status > 299) {
      return 1;
    }
    if (healthSample == 0) {
      return 0;
    }
    return healthOk.getAndIncrement() % healthSample == 0 ? healthSample : 0;
  }
}
