package com.betterbros.props.bus;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.testing.Await;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.spi.metrics.VertxMetrics;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event-bus request metrics: latency by address and outcome, timeouts per address")
class BusMetricsTest {

  private SimpleMeterRegistry registry;
  private BusMetrics metrics;
  private Vertx vertx;

  @BeforeEach
  void start() {
    registry = new SimpleMeterRegistry();
    metrics = new BusMetrics(registry);
    vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(new MetricsOptions().setEnabled(true)))
        .withMetrics(new BusMetricsFactory(options -> new VertxMetrics() {}, metrics))
        .build();
    metrics.install(vertx);
    vertx.eventBus().consumer("test.echo", msg -> msg.reply(msg.body()));
    vertx.eventBus().consumer("test.refuse", msg -> msg.fail(404, "no such thing"));
    vertx.eventBus().consumer("test.silent", msg -> { });
  }

  @AfterEach
  void stop() {
    Await.result(vertx.close());
  }

  @Test
  @DisplayName("answered, refused, timed out and unhandled requests each land under their address and outcome")
  void outcomes() {
    DeliveryOptions fast = new DeliveryOptions().setSendTimeout(200);
    for (int i = 0; i < 3; i++) {
      Await.result(vertx.eventBus().request("test.echo", "hi", fast));
    }
    assertThat(failed(vertx.eventBus().request("test.refuse", "x", fast))).isTrue();
    assertThat(failed(vertx.eventBus().request("test.silent", "x", fast))).isTrue();
    assertThat(failed(vertx.eventBus().request("test.nobody", "x", fast))).isTrue();

    assertThat(count("test.echo", "ok")).isEqualTo(3);
    assertThat(count("test.refuse", "failure")).isEqualTo(1);
    assertThat(count("test.silent", "timeout")).isEqualTo(1);
    assertThat(count("test.nobody", "no_handlers")).isEqualTo(1);
    assertThat(registry.get("bb_bus_request_timeouts").tag("address", "test.silent").counter().count()).isEqualTo(1);
    assertThat(registry.get("bb_bus_request_timeouts").tag("address", "test.echo").counter().count()).isZero();
    assertThat(registry.get("bb_bus_request").tags("address", "test.silent", "outcome", "timeout").timer()
        .totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(150);
    assertThat(metrics.open()).as("no request left open").isZero();
  }

  @Test
  @DisplayName("publishes and one-way sends are not requests; replies never become an address label")
  void onlyRequests() throws Exception {
    vertx.eventBus().publish("test.echo", "all");
    vertx.eventBus().send("test.echo", "one");
    Await.result(vertx.eventBus().request("test.echo", "hi"));
    Thread.sleep(100);
    assertThat(count("test.echo", "ok")).isEqualTo(1);
    assertThat(registry.find("bb_bus_request").meters()).allSatisfy(m ->
        assertThat(m.getId().getTag("address")).doesNotStartWith("__vertx"));
  }

  private long count(String address, String outcome) {
    var timer = registry.find("bb_bus_request").tags("address", address, "outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }

  private static boolean failed(Future<?> f) {
    return Await.failure(f) != null;
  }
}
