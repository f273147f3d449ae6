package com.betterbros.props.bus;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event-bus request metrics per target address, on the requesting node: {@code bb_bus_request_seconds}
 * (a timer with fixed buckets, labels {@code address} and {@code outcome}: {@code ok}, {@code failure}
 * when the service answered with a failure code, {@code timeout}, {@code no_handlers}) and
 * {@code bb_bus_request_timeouts_total} ({@code address}). An outbound interceptor notes each
 * request (a send that expects a reply) under its reply address; the inbound interceptor that sees
 * the reply arrive times it; timeouts and missing handlers, which send no reply, come from Vert.x's
 * metrics SPI ({@link BusMetricsFactory}) and close the address's oldest open request. Bounded: at
 * most {@value #MAX_PENDING} open requests are tracked (more go untimed), stale ones are dropped
 * after {@value #STALE_MINUTES} minutes, and at most {@value #MAX_ADDRESSES} addresses get their
 * own label value (others count as {@value #OTHER}).
 */
public final class BusMetrics {

  static final int MAX_PENDING = 10_000;
  static final int MAX_ADDRESSES = 200;
  static final int STALE_MINUTES = 10;
  static final String OTHER = "other";
  /** Bucket bounds of the request timer, from 1 ms to 30 s. */
  static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
      Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
      Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private record Pending(String address, long started) {}

  private final MeterRegistry registry;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Map<String, Counter> timeouts = new ConcurrentHashMap<>();

  public BusMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Installs the two interceptors on this Vert.x's event bus and a sweep of stale open requests. */
  public void install(Vertx vertx) {
    vertx.eventBus().addOutboundInterceptor(this::sent);
    vertx.eventBus().addInboundInterceptor(this::received);
    vertx.setPeriodic(60_000, id -> {
      long stale = System.nanoTime() - Duration.ofMinutes(STALE_MINUTES).toNanos();
      pending.values().removeIf(p -> p.started() < stale);
    });
  }

  /** How many requests are open (sent, neither answered nor failed yet). */
  int open() {
    return pending.size();
  }

  private void sent(DeliveryContext<Object> ctx) {
    String reply = ctx.message().replyAddress();
    String address = ctx.message().address();
    if (ctx.send() && reply != null && address != null && !address.startsWith("__vertx.")
        && pending.size() < MAX_PENDING) {
      String label = label(address);
      timeouts(label); // the address's series exist from its first request
      pending.put(reply, new Pending(label, System.nanoTime()));
    }
    ctx.next();
  }

  private void received(DeliveryContext<Object> ctx) {
    String address = ctx.message().address();
    Pending p = address == null ? null : pending.remove(address);
    if (p != null) {
      record(p, ctx.body() instanceof ReplyException ? "failure" : "ok");
    }
    ctx.next();
  }

  /** A request to {@code address} that got no reply: its oldest open request ends with this outcome. */
  void failed(String address, ReplyFailure failure) {
    if (failure != ReplyFailure.TIMEOUT && failure != ReplyFailure.NO_HANDLERS || address == null) {
      return;
    }
    String label = label(address);
    Map.Entry<String, Pending> oldest = null;
    for (Map.Entry<String, Pending> e : pending.entrySet()) {
      if (e.getValue().address().equals(label)
          && (oldest == null || e.getValue().started() < oldest.getValue().started())) {
        oldest = e;
      }
    }
    if (failure == ReplyFailure.TIMEOUT) {
      timeouts(label).increment();
    }
    if (oldest != null && pending.remove(oldest.getKey(), oldest.getValue())) {
      record(oldest.getValue(), failure == ReplyFailure.TIMEOUT ? "timeout" : "no_handlers");
    }
  }

  private void record(Pending p, String outcome) {
    Timer.builder("bb_bus_request")
        .description("Event-bus requests from this node, by target address and outcome")
        .tags("address", p.address(), "outcome", outcome)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(System.nanoTime() - p.started(), java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private Counter timeouts(String label) {
    return timeouts.computeIfAbsent(label, a -> Counter.builder("bb_bus_request_timeouts")
        .description("Event-bus requests from this node that timed out, by target address")
        .tag("address", a)
        .register(registry));
  }

  private String label(String address) {
    return timeouts.containsKey(address) || timeouts.size() < MAX_ADDRESSES ? address : OTHER;
  }
}
