package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The operator's series on /metrics after real requests (README, Metrics): per-route HTTP timers by
 * openapi template, event-bus request timers and timeouts by address, cache hits and misses, jobs
 * gauges and predictions served per model version; label values bounded; and every series that
 * cluster/grafana-dashboard.json queries is in the scrape.
 */
@DisplayName("/metrics shows the operator's series with bounded labels, and the Grafana dashboard queries only them")
class MetricsIT {

  private static Node node;
  private static ApiClient api;
  private static String scrape;
  private static String propId;

  @BeforeAll
  static void start() {
    node = TestNodes.trained(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    JsonArray props = api.ok("/props?status=open&limit=20").getJsonArray("items");
    propId = props.getJsonObject(0).getString("id");
    api.ok("/props/" + propId);
    api.ok("/props/" + props.getJsonObject(1).getString("id"));
    assertThat(api.get("/props/no-such-prop").statusCode()).isEqualTo(404);
    for (int i = 0; i < 30; i++) {
      assertThat(api.get("/no/such/route/" + i).statusCode()).isEqualTo(404);
    }
    JsonArray ids = new JsonArray();
    props.forEach(p -> ids.add(((JsonObject) p).getString("id")));
    for (int i = 0; i < 2; i++) { // the second call is served from the predictions cache
      assertThat(api.post("/model/predict", new JsonObject().put("prop_ids", ids).toBuffer()).statusCode())
          .isEqualTo(200);
    }
    api.ok("/jobs");
    scrape = api.get("/metrics").bodyAsString();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      Await.result(node.stop());
    }
  }

  @Test
  @DisplayName("per-route counts carry the openapi template, method and status, never the raw path")
  void routes() {
    assertThat(value("bb_http_server_requests_seconds_count", "method=\"GET\",route=\"/props/{id}\",status=\"200\""))
        .isEqualTo(2);
    assertThat(value("bb_http_server_requests_seconds_count", "method=\"GET\",route=\"/props/{id}\",status=\"404\""))
        .isEqualTo(1);
    assertThat(value("bb_http_server_requests_seconds_count", "method=\"POST\",route=\"/model/predict\",status=\"200\""))
        .isEqualTo(2);
    assertThat(value("bb_http_server_requests_seconds_bucket",
        "method=\"POST\",route=\"/model/predict\",status=\"200\",le=\"30.0\"")).isEqualTo(2);
    // 30 unknown paths collapse into one label value
    assertThat(value("bb_http_server_requests_seconds_count", "method=\"GET\",route=\"unmatched\",status=\"404\""))
        .isGreaterThanOrEqualTo(30);
    Set<String> routes = labelValues("bb_http_server_requests_seconds_count", "route");
    assertThat(routes).allMatch(r -> r.equals("unmatched") || r.startsWith("/"))
        .noneMatch(r -> r.contains(propId) || r.startsWith("/no/such"));
  }

  @Test
  @DisplayName("bus requests are timed per address and outcome, with a timeouts counter per address")
  void bus() {
    assertThat(value("bb_bus_request_seconds_count", "address=\"props.service\",outcome=\"ok\"")).isGreaterThanOrEqualTo(3);
    assertThat(value("bb_bus_request_seconds_count", "address=\"props.service\",outcome=\"failure\"")).isEqualTo(1);
    assertThat(value("bb_bus_request_seconds_count", "address=\"model.service\",outcome=\"ok\"")).isGreaterThanOrEqualTo(2);
    assertThat(value("bb_bus_request_timeouts_total", "address=\"model.service\"")).isZero();
    assertThat(labelValues("bb_bus_request_seconds_count", "address")).noneMatch(a -> a.startsWith("__vertx"));
  }

  @Test
  @DisplayName("cache hits and misses per cache, jobs gauges and predictions served per model version")
  void cachesJobsPredictions() {
    assertThat(value("bb_cache_requests_total", "cache=\"predictions\",result=\"miss\"")).isGreaterThanOrEqualTo(20);
    assertThat(value("bb_cache_requests_total", "cache=\"predictions\",result=\"hit\"")).isGreaterThanOrEqualTo(20);
    assertThat(labelValues("bb_cache_requests_total", "cache")).contains("features", "predictions", "corr", "context");
    assertThat(value("bb_jobs", "status=\"queued\"")).isGreaterThanOrEqualTo(0);
    assertThat(value("bb_jobs", "status=\"running\"")).isGreaterThanOrEqualTo(0);
    String model = api.ok("/model").getJsonObject("model").getString("id");
    assertThat(value("bb_predictions_served_total", "model_version=\"" + model + "\"")).isGreaterThanOrEqualTo(40);
  }

  @Test
  @DisplayName("the gateway's gauges: the scrape itself is an active request on an open connection")
  void activeGauges() {
    for (String gauge : new String[] {"bb_http_server_active_requests", "bb_http_server_active_connections"}) {
      Matcher m = Pattern.compile("(?m)^" + gauge + "(?:\\{\\})? (\\S+)$").matcher(scrape);
      assertThat(m.find()).as("%s in /metrics", gauge).isTrue();
      assertThat(Double.parseDouble(m.group(1))).as(gauge).isGreaterThanOrEqualTo(1);
    }
    assertThat(scrape).as("Vert.x's own HTTP server series are replaced by bb_http_server_*")
        .doesNotContain("vertx_http_server_requests_total");
  }

  @Test
  @DisplayName("every metric the Grafana dashboard queries exists in a real scrape")
  void dashboard() throws Exception {
    JsonObject dash = new JsonObject(Files.readString(Path.of("cluster/grafana-dashboard.json")));
    Pattern metric = Pattern.compile("\\b((?:bb|jvm)_[a-z0-9_]+)");
    Set<String> queried = new TreeSet<>();
    for (Object p : dash.getJsonArray("panels")) {
      for (Object t : ((JsonObject) p).getJsonArray("targets")) {
        Matcher m = metric.matcher(((JsonObject) t).getString("expr"));
        while (m.find()) {
          queried.add(m.group(1));
        }
      }
    }
    assertThat(queried).contains("bb_http_server_requests_seconds_count", "bb_bus_request_seconds_bucket",
        "bb_bus_request_timeouts_total", "bb_cache_requests_total", "bb_jobs", "bb_predictions_served_total");
    for (String name : queried) {
      assertThat(Pattern.compile("(?m)^" + name + "[{ ]").matcher(scrape).find()).as("%s in /metrics", name).isTrue();
    }
  }

  /** The sample of {@code name} whose labels are exactly {@code labels} (Prometheus text, labels sorted). */
  private static double value(String name, String labels) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + ",}") + " (\\S+)$|^"
        + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$").matcher(scrape);
    assertThat(m.find()).as("%s{%s} in /metrics:%n%s", name, labels, lines(name)).isTrue();
    return Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static Set<String> labelValues(String name, String label) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*\\b" + label + "=\"([^\"]*)\"").matcher(scrape);
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String lines(String name) {
    return String.join("\n", scrape.lines().filter(l -> l.startsWith(name)).limit(40).toList());
  }
}
