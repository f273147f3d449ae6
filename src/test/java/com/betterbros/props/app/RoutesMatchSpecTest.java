package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml against the router: every method and path a domain mounts is in the spec, every
 * operation of the spec is mounted (or is one of the gateway's own), and every operation documents
 * a success response, with a schema when it has a body.
 */
@DisplayName("openapi.yaml lists exactly the routes the gateway mounts, each with its success schema")
class RoutesMatchSpecTest {

  /** The gateway's own routes (health, metrics, the docs, the dashboard, /auth/me), mounted outside the domains. */
  static final Set<String> GATEWAY = Set.of("GET /health", "GET /metrics", "GET /openapi.yaml", "GET /docs",
      "GET /redoc", "GET /app", "GET /auth/me");

  private static Vertx vertx;
  private static Set<String> routed;
  private static Map<String, Map<String, Object>> paths;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws Exception {
    vertx = Vertx.vertx();
    AppConfig config = TestNodes.config(Map.of());
    Router router = Router.router(vertx);
    DomainTable.routes(config.http(), config.export(), config.live())
        .forEach(m -> m.mount(router, vertx, new DeliveryOptions().setSendTimeout(1_000)));
    routed = new TreeSet<>();
    for (Route r : router.getRoutes()) {
      if (r.getPath() == null || r.methods() == null || r.methods().isEmpty() || r.getPath().endsWith("*")) {
        continue; // guards such as route("/export/*") that apply to every method
      }
      for (HttpMethod m : r.methods()) {
        routed.add(m.name() + " " + r.getPath().replaceAll(":(\\w+)", "{$1}"));
      }
    }
    try (InputStream in = RoutesMatchSpecTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      paths = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(in).get("paths");
    }
  }

  @AfterAll
  static void close() {
    vertx.close().await();
  }

  private static Set<String> specified() {
    Set<String> out = new TreeSet<>();
    paths.forEach((path, item) -> item.keySet().stream()
        .filter(k -> Set.of("get", "post", "put", "patch", "delete").contains(k))
        .forEach(method -> out.add(method.toUpperCase() + " " + path)));
    return out;
  }

  @Test
  @DisplayName("every mounted route is specified, and every specified one is mounted")
  void sameRoutes() {
    Set<String> spec = specified();
    assertThat(routed).as("routes the spec does not list").isSubsetOf(spec);
    Set<String> unrouted = new TreeSet<>(spec);
    unrouted.removeAll(routed);
    unrouted.removeAll(GATEWAY);
    assertThat(unrouted).as("specified operations nothing mounts").isEmpty();
    assertThat(routed).hasSizeGreaterThan(50);
  }

  @Test
  @DisplayName("every operation documents a success response, and a schema for every request and success body")
  @SuppressWarnings("unchecked")
  void successSchemas() {
    SoftAssertions soft = new SoftAssertions();
    paths.forEach((path, item) -> item.forEach((method, op) -> {
      if (!(op instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
        return;
      }
      Map<Object, Object> responses = (Map<Object, Object>) operation.get("responses");
      Object success = responses.entrySet().stream().filter(e -> String.valueOf(e.getKey()).startsWith("2")
              || String.valueOf(e.getKey()).equals("101"))  // a WebSocket upgrade (/ws/edges)
          .map(Map.Entry::getValue).findFirst().orElse(null);
      soft.assertThat(success).as("%s %s: a 2xx (or 101) response", method, path).isNotNull();
      if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> in) {
        in.forEach((type, media) -> soft.assertThat(media instanceof Map<?, ?> m && m.get("schema") != null)
            .as("%s %s: request %s has a schema", method, path, type).isTrue());
      }
      if (success instanceof Map<?, ?> s && s.get("content") instanceof Map<?, ?> content) {
        content.forEach((type, media) -> soft.assertThat(media instanceof Map<?, ?> m && m.get("schema") != null)
            .as("%s %s: %s has a schema", method, path, type).isTrue());
      }
    }));
    soft.assertAll();
  }
}
