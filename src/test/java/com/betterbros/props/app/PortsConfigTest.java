package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.testing.TestNodes;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Every port a node opens is configurable: HTTP, Hazelcast, the event bus")
class PortsConfigTest {

  @Test
  @DisplayName("by default the event bus takes any free port and Hazelcast starts at 5701")
  void defaults() {
    AppConfig cfg = TestNodes.config(Map.of());
    assertThat(cfg.cluster().busPort()).isZero();
    assertThat(cfg.cluster().port()).isEqualTo(5701);
    assertThat(ClusterSetup.busOptions(cfg.cluster(), "127.0.0.1").getPort()).isZero();
  }

  @Test
  @DisplayName("BB_CLUSTER_BUS_PORT and BB_CLUSTER_PORT reach the event-bus and Hazelcast options")
  void configured() {
    AppConfig cfg = TestNodes.config(Map.of("BB_CLUSTER_BUS_PORT", "17811", "BB_CLUSTER_PORT", "15811",
        "BB_HTTP_PORT", "18811"));
    assertThat(cfg.cluster().busPort()).isEqualTo(17811);
    var bus = ClusterSetup.busOptions(cfg.cluster(), "127.0.0.1");
    assertThat(bus.getPort()).isEqualTo(17811);
    assertThat(bus.getHost()).isEqualTo("127.0.0.1");
    assertThat(bus.getClusterPublicHost()).isEqualTo("127.0.0.1");
    assertThat(bus.getConnectTimeout()).as("a lost member's connect fails well inside the 10 s bus timeout")
        .isEqualTo(ClusterSetup.BUS_CONNECT_TIMEOUT_MS).isLessThan(10_000);
    assertThat(ClusterSetup.hazelcastConfig(cfg.cluster()).getNetworkConfig().getPort()).isEqualTo(15811);
    assertThat(ClusterSetup.hazelcastConfig(cfg.cluster()).getProperty("hazelcast.socket.bind.any"))
        .as("the member port binds cluster.host only").isEqualTo("false");
    assertThat(cfg.http().port()).isEqualTo(18811);
  }

  @Test
  @DisplayName("the metrics-only listener is off unless BB_METRICS_PORT is set; it binds loopback by default")
  void metricsListener() {
    assertThat(TestNodes.config(Map.of()).http().metricsListener()).isFalse();
    assertThat(TestNodes.config(Map.of("BB_METRICS_PORT", "")).http().metricsListener()).isFalse();
    AppConfig cfg = TestNodes.config(Map.of("BB_METRICS_PORT", "19811"));
    assertThat(cfg.http().metricsListener()).isTrue();
    assertThat(cfg.http().metricsPort()).isEqualTo(19811);
    assertThat(cfg.http().metricsHost()).isEqualTo("127.0.0.1");
  }

  @Test
  @DisplayName("a metrics port equal to the gateway's HTTP port is refused naming http.metrics_port")
  void metricsPortClash() {
    assertThatThrownBy(() -> TestNodes.config(Map.of("BB_METRICS_PORT", "8080")))
        .hasMessageContaining("http.metrics_port");
    assertThat(TestNodes.config(Map.of("BB_METRICS_PORT", "8080", "BB_ROLES", "props")).http().metricsPort())
        .isEqualTo(8080);
  }

  @ParameterizedTest(name = "{0}={1} fails naming {0}")
  @CsvSource({"BB_CLUSTER_BUS_PORT, 65536", "BB_CLUSTER_BUS_PORT, -1", "BB_CLUSTER_BUS_PORT, any",
      "BB_METRICS_PORT, 70000", "BB_METRICS_PORT, metrics"})
  @DisplayName("a bad port stops start-up naming its variable")
  void badPorts(String variable, String value) {
    assertThatThrownBy(() -> TestNodes.config(Map.of(variable, value))).hasMessageContaining(variable);
  }
}
