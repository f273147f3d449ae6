package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Metrics-only listener: a node without the gateway role serves /metrics and /health on http.metrics_port")
class MetricsListenerIT {

  @Test
  @DisplayName("a props+history+jobs node opens no API port but answers /metrics and /health (its roles) on loopback")
  void domainNodeIsScraped() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Node node = TestNodes.embedded(Map.of("BB_ROLES", "props,history,jobs", "BB_METRICS_PORT", String.valueOf(port)));
    Vertx outside = Vertx.vertx();
    WebClient client = WebClient.create(outside);
    try {
      assertThat(node.httpPort()).isEqualTo(-1);
      assertThat(node.metricsPort()).isEqualTo(port);
      HttpResponse<Buffer> metrics = Await.result(client.get(port, "127.0.0.1", "/metrics").send());
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.bodyAsString()).contains("jvm_memory_used_bytes").contains("bb_jobs{");
      HttpResponse<Buffer> health = Await.result(client.get(port, "127.0.0.1", "/health").send());
      assertThat(health.statusCode()).isEqualTo(200);
      JsonObject report = health.bodyAsJsonObject();
      assertThat(report.getJsonArray("roles").getList()).containsExactly("history", "jobs", "props");
      assertThat(report.getJsonObject("store").getString("status")).isEqualTo("up");
      HttpResponse<Buffer> api = Await.result(client.get(port, "127.0.0.1", "/props").send());
      assertThat(api.statusCode()).isEqualTo(404);
      assertThat(api.bodyAsJsonObject().getString("error")).isNotBlank();
    } finally {
      Await.result(node.stop());
      Await.result(outside.close());
    }
  }

  @Test
  @DisplayName("without BB_METRICS_PORT no listener opens")
  void offByDefault() {
    Node node = TestNodes.embedded(Map.of());
    try {
      assertThat(node.metricsPort()).isEqualTo(-1);
    } finally {
      Await.result(node.stop());
    }
  }
}
