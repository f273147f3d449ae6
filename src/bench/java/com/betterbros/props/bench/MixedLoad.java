package com.betterbros.props.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop load of {@code rate} requests a second spread round-robin over the gateways: GET
 * /props?limit=20 (4 in 10), GET /props/{id} (a little under 4 in 10), POST /model/predict of 10
 * props (2 in 10) and POST /snapshots (1 in 40: the write, each 201's id recorded as acknowledged). Loopback only; at
 * most {@link #MAX_IN_FLIGHT} requests in flight (one more counts as an error "driver saturated");
 * every request times out after {@code timeoutMs}. With {@code failover}, a request whose connection
 * fails (not an HTTP status) is sent once more to the next gateway; both outcomes are recorded.
 */
final class MixedLoad {

  static final int MAX_IN_FLIGHT = 512;

  /** One request: when it was sent and answered (ms since the load started), status 0 = no answer. */
  record Outcome(String kind, int gateway, long sentMs, long doneMs, int status, boolean failedOver,
      int firstStatus) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  /** A write the service acknowledged (201), and when (ms since the load started). */
  record Ack(String id, long atMs) {}

  private final Vertx vertx;
  private final HttpClientAgent client;
  private final List<Integer> gateways;
  private final String token;
  private final List<String> propIds;
  private final boolean failover;
  private final long timeoutMs;
  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong sequence = new AtomicLong();
  private long startNanos;
  private long timer = -1;

  MixedLoad(Vertx vertx, List<Integer> gateways, String token, List<String> propIds, boolean failover,
      long timeoutMs) {
    this.vertx = vertx;
    this.gateways = List.copyOf(gateways);
    this.token = token;
    this.propIds = List.copyOf(propIds);
    this.failover = failover;
    this.timeoutMs = timeoutMs;
    this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2_000),
        new PoolOptions().setHttp1MaxSize(64).setMaxWaitQueueSize(MAX_IN_FLIGHT));
  }

  /** Starts sending {@code rate} requests a second (a 10 ms tick sends rate/100, carrying the remainder). */
  void start(int rate) {
    startNanos = System.nanoTime();
    double[] owed = {0};
    timer = vertx.setPeriodic(10, id -> {
      owed[0] += rate / 100.0;
      while (owed[0] >= 1) {
        owed[0] -= 1;
        send();
      }
    });
  }

  /** Stops sending; in-flight requests still complete within their timeout. */
  void stop() {
    vertx.cancelTimer(timer);
  }

  long nowMs() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  List<Ack> acknowledged() {
    return List.copyOf(acknowledged);
  }

  int inFlight() {
    return inFlight.get();
  }

  private void send() {
    long n = sequence.getAndIncrement();
    // the gateway turns with every request and the kinds with n % 10: shift by n / 10 so each kind
    // goes to every gateway in turn (n % 2 alone sent every GET /props to the first)
    int gateway = (int) ((n + n / 10) % gateways.size());
    String kind = n % 40 == 8 ? "POST /snapshots" : switch ((int) (n % 10)) {
      case 0, 2, 4, 6 -> "GET /props";
      case 3, 9 -> "POST /model/predict";
      default -> "GET /props/{id}";
    };
    long sent = nowMs();
    if (inFlight.get() >= MAX_IN_FLIGHT) {
      outcomes.add(new Outcome(kind, gateway, sent, sent, -1, false, -1));
      return;
    }
    inFlight.incrementAndGet();
    attempt(kind, n, gateway).compose(status -> {
      if (status == 0 && failover && gateways.size() > 1) {
        int other = (gateway + 1) % gateways.size();
        return attempt(kind, n, other).map(s -> new Outcome(kind, other, sent, nowMs(), s, true, status));
      }
      return Future.succeededFuture(new Outcome(kind, gateway, sent, nowMs(), status, false, status));
    }).onComplete(ar -> {
      inFlight.decrementAndGet();
      outcomes.add(ar.result());
    });
  }

  /** One try on one gateway: its HTTP status, or 0 when no answer came (refused, reset, timeout). */
  private Future<Integer> attempt(String kind, long n, int gateway) {
    RequestOptions options = new RequestOptions().setHost("127.0.0.1").setPort(gateways.get(gateway))
        .setTimeout(timeoutMs).putHeader("Authorization", "Bearer " + token);
    Buffer body = null;
    String id = propIds.get((int) (n % propIds.size()));
    switch (kind) {
      case "GET /props" -> options.setMethod(HttpMethod.GET).setURI("/props?limit=20&offset=" + (n % 5) * 20);
      case "GET /props/{id}" -> options.setMethod(HttpMethod.GET).setURI("/props/" + id);
      case "POST /model/predict" -> {
        JsonArray ids = new JsonArray();
        for (int i = 0; i < 10; i++) {
          ids.add(propIds.get((int) ((n + i) % propIds.size())));
        }
        options.setMethod(HttpMethod.POST).setURI("/model/predict");
        body = new JsonObject().put("prop_ids", ids).toBuffer();
      }
      default -> {
        options.setMethod(HttpMethod.POST).setURI("/snapshots");
        body = new JsonObject().put("name", "chaos-" + n)
            .put("filter", new JsonObject().put("status", "open").put("platform", "prizepicks")
                .put("stat_type", "points")).toBuffer();
      }
    }
    if (body != null) {
      options.putHeader("Content-Type", "application/json");
    }
    Buffer payload = body;
    return client.request(options)
        .compose(req -> payload == null ? req.send() : req.send(payload))
        .compose(resp -> resp.body().map(b -> {
          if (resp.statusCode() == 201 && "POST /snapshots".equals(kind)) {
            acknowledged.add(new Ack(new JsonObject(b).getString("id"), nowMs()));
          }
          return resp.statusCode();
        }))
        .otherwise(0);
  }

  Future<Void> close() {
    return client.close();
  }
}
