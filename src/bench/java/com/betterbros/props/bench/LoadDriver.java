package com.betterbros.props.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator: {@code connections} loops, each on its own keep-alive
 * connection, send one request, wait for the whole response, and send the next, for a fixed time
 * or until a total request budget is spent. Loopback only: the host is always 127.0.0.1. Every
 * latency is kept (microseconds), so p50 and p99 are exact, not bucketed.
 */
final class LoadDriver {

  /** One target: what to send. {@code body} null for a GET. */
  record Target(String name, HttpMethod method, String uri, Buffer body) {}

  /** What one timed run measured. */
  record Result(long requests, long errors, double seconds, long[] sortedMicros, String firstError) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMs(double q) {
      if (sortedMicros.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(sortedMicros.length - 1, Math.max(0, Math.ceil(q * sortedMicros.length) - 1));
      return sortedMicros[i] / 1000.0;
    }
  }

  /** A request with no response data for this long fails (the client's idle timeout). */
  static final long REQUEST_TIMEOUT_MS = 30_000;

  private final Vertx vertx;
  private final int connections;
  private final List<String> tokens;

  /**
   * {@code tokens}: loop i sends {@code Authorization: Bearer tokens[i % size]} (empty: no header),
   * so each connection can be its own user.
   */
  LoadDriver(Vertx vertx, int connections, List<String> tokens) {
    if (connections < 1 || connections > 1024) {
      throw new IllegalArgumentException("--connections must be 1..1024, got " + connections);
    }
    this.vertx = vertx;
    this.connections = connections;
    this.tokens = List.copyOf(tokens);
  }

  /**
   * Drives {@code target} on {@code port} for {@code millis} or {@code maxRequests} requests,
   * whichever ends first; blocks the calling thread (never call it on an event loop).
   */
  Result run(int port, Target target, long millis, long maxRequests) {
    HttpClientAgent client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
        .setConnectTimeout(5_000).setIdleTimeout(30), new PoolOptions().setHttp1MaxSize(connections)
        .setMaxWaitQueueSize(connections));
    RequestOptions options = new RequestOptions().setMethod(target.method()).setHost("127.0.0.1").setPort(port)
        .setURI(target.uri()).setTimeout(REQUEST_TIMEOUT_MS);
    if (target.body() != null) {
      options.putHeader("Content-Type", "application/json");
    }
    AtomicLong budget = new AtomicLong(maxRequests);
    AtomicLong errors = new AtomicLong();
    String[] firstError = {null};
    List<Loop> loops = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + millis * 1_000_000L;
    List<Future<Void>> done = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      RequestOptions own = new RequestOptions(options);
      if (!tokens.isEmpty()) {
        own.putHeader("Authorization", "Bearer " + tokens.get(i % tokens.size()));
      }
      Loop loop = new Loop(vertx, client, own, target.body(), deadline, budget, errors, firstError);
      loops.add(loop);
      done.add(loop.start());
    }
    try {
      Future.join(done).toCompletionStage().toCompletableFuture().get(millis + 60_000, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the load loops did not finish", e);
    } finally {
      client.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = loops.stream().mapToInt(l -> l.count).sum();
    long[] all = new long[total];
    int at = 0;
    for (Loop l : loops) {
      System.arraycopy(l.micros, 0, all, at, l.count);
      at += l.count;
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), seconds, all, firstError[0]);
  }

  /** One connection's request after request; only its own callbacks touch its fields. */
  private static final class Loop {
    private final Vertx vertx;
    private final HttpClientAgent client;
    private final RequestOptions options;
    private final Buffer body;
    private final long deadline;
    private final AtomicLong budget;
    private final AtomicLong errors;
    private final String[] firstError;
    private final Promise<Void> finished = Promise.promise();
    private long[] micros = new long[1024];
    private int count;

    Loop(Vertx vertx, HttpClientAgent client, RequestOptions options, Buffer body, long deadline, AtomicLong budget,
        AtomicLong errors, String[] firstError) {
      this.vertx = vertx;
      this.client = client;
      this.options = options;
      this.body = body;
      this.deadline = deadline;
      this.budget = budget;
      this.errors = errors;
      this.firstError = firstError;
    }

    Future<Void> start() {
      next();
      return finished.future();
    }

    private void next() {
      if (System.nanoTime() >= deadline || budget.getAndDecrement() <= 0) {
        finished.tryComplete();
        return;
      }
      long t0 = System.nanoTime();
      // one answer per request, whichever comes first: the response, or no answer within the
      // request timeout (then an error naming it, and the loop goes on instead of waiting forever)
      Promise<String> answered = Promise.promise();
      long guard = vertx.setTimer(REQUEST_TIMEOUT_MS + 5_000, t -> answered.tryFail(
          "no answer within " + (REQUEST_TIMEOUT_MS + 5_000) + " ms: " + options.getMethod() + " " + options.getURI()));
      client.request(options)
          .compose(req -> body == null ? req.send() : req.send(body))
          .compose(Loop::outcome)
          .onComplete(ar -> {
            vertx.cancelTimer(guard);
            if (ar.succeeded()) {
              answered.tryComplete(ar.result());
            } else {
              answered.tryFail(ar.cause());
            }
          });
      answered.future().onComplete(ar -> {
            record((System.nanoTime() - t0) / 1_000);
            String error = ar.failed() ? String.valueOf(ar.cause()) : ar.result();
            if (error != null) {
              errors.incrementAndGet();
              synchronized (firstError) {
                if (firstError[0] == null) {
                  firstError[0] = error;
                }
              }
            }
            next();
          });
    }

    /**
     * Null for a 2xx with a body (its Content-Length above 0), else the error. A 2xx body is read
     * and dropped as it streams, not kept: the driver shares the cores with the servers it
     * measures, and aggregating each 20 KB answer into one buffer was its largest cost. A response
     * that already ended before this callback ran is complete as it is.
     */
    private static Future<String> outcome(HttpClientResponse resp) {
      if (resp.statusCode() / 100 != 2) {
        return resp.body().map(b -> "HTTP " + resp.statusCode() + " " + b.toString().substring(0, Math.min(200, b.length())));
      }
      String length = resp.getHeader("Content-Length");
      String verdict = length != null && !"0".equals(length) ? null
          : "HTTP " + resp.statusCode() + " without a body (Content-Length " + length + ")";
      try {
        return resp.end().map(v -> verdict);
      } catch (IllegalStateException alreadyRead) {
        // Vert.x: "Response has already been read" — the whole response arrived and ended before
        // this callback ran (a small answer on a busy loop); it is complete, nothing left to wait for
        return Future.succeededFuture(verdict);
      }
    }

    private void record(long us) {
      if (count == micros.length) {
        micros = Arrays.copyOf(micros, count * 2);
      }
      micros[count++] = us;
    }
  }
}
