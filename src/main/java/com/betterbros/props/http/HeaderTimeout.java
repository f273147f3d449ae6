package com.betterbros.props.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closes a connection that has not delivered a complete request head within a deadline
 * (slowloris: a client trickling header bytes keeps resetting the idle timeout, which counts any
 * traffic). Vert.x 5's {@code HttpServerOptions} has an idle timeout but no header-read timeout,
 * so this is a timer per connection: armed when the connection opens and again when a response
 * ends (the wait for the next keep-alive request), cancelled when a request's head has arrived.
 * While a request is being served (or a WebSocket is open, or the connection speaks HTTP/2) no
 * timer runs.
 */
public final class HeaderTimeout {

  private final Vertx vertx;
  private final long deadlineMs;
  private final Map<HttpConnection, Long> timers = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();

  /** A guard closing connections whose next request head takes longer than {@code deadline}. */
  public HeaderTimeout(Vertx vertx, Duration deadline) {
    this.vertx = vertx;
    this.deadlineMs = Math.max(1, deadline.toMillis());
  }

  /** For {@code HttpServer.connectionHandler}: arms the timer of a new connection. */
  public Handler<HttpConnection> onConnection() {
    return conn -> {
      open.incrementAndGet();
      conn.closeHandler(v -> {
        open.decrementAndGet();
        cancel(conn);
      });
      arm(conn);
    };
  }

  /**
   * Wraps the server's request handler: the head has arrived, so the timer stops; it starts again
   * when the response ends.
   */
  public Handler<HttpServerRequest> around(Handler<HttpServerRequest> next) {
    return req -> {
      HttpConnection conn = req.connection();
      cancel(conn);
      // a WebSocket or HTTP/2 connection carries no further HTTP/1 request heads: no timer again
      boolean upgrade = "websocket".equalsIgnoreCase(req.getHeader("Upgrade"));
      if (!upgrade && req.version() != io.vertx.core.http.HttpVersion.HTTP_2) {
        req.response().endHandler(v -> arm(conn));
      }
      next.handle(req);
    };
  }

  /** How many connections are open now ({@code bb_http_server_active_connections}). */
  public int open() {
    return open.get();
  }

  /** How many connections are waiting for a request head now. */
  public int waiting() {
    return timers.size();
  }

  private void arm(HttpConnection conn) {
    long id = vertx.setTimer(deadlineMs, t -> {
      if (timers.remove(conn, t)) {
        conn.close();
      }
    });
    Long old = timers.put(conn, id);
    if (old != null) {
      vertx.cancelTimer(old);
    }
  }

  private void cancel(HttpConnection conn) {
    Long id = timers.remove(conn);
    if (id != null) {
      vertx.cancelTimer(id);
    }
  }
}
