package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.yaml, through real HTTP on an embedded node (no synthetic season: the
 * guard answers before any domain): an undocumented query parameter is a 400 naming it, and the
 * documented ones all get past the guard.
 */
@DisplayName("Unknown query parameters: a 400 naming them on every route of openapi.yaml")
class UnknownQueryParametersIT {

  private static Node node;
  private static WebClient client;
  private static List<QueryParameterGuard.Operation> operations;

  @BeforeAll
  static void start() throws IOException {
    node = TestNodes.embedded(Map.of("BB_SYNTH_LOAD_ON_START", "false"));
    client = WebClient.create(node.vertx());
    try (InputStream in = UnknownQueryParametersIT.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      operations = new ArrayList<>();
      QueryParameterGuard guard = QueryParameterGuard.fromSpec(spec);
      guard.operations().forEach(operations::add);
    }
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static HttpResponse<Buffer> send(QueryParameterGuard.Operation op, String query) {
    String path = op.template().replaceAll("\\{[^}]+}", "x1");
    var request = client.request(op.method(), node.httpPort(), "127.0.0.1", path + "?" + query)
        .bearerTokenAuthentication(node.devToken());
    return Await.result(request.send());
  }

  @Test
  @DisplayName("every operation answers 400 {error: bad_request, field, message: unknown query parameter ...}")
  void bogusParameter() {
    assertThat(operations).hasSizeGreaterThan(60);
    SoftAssertions soft = new SoftAssertions();
    for (QueryParameterGuard.Operation op : operations) {
      HttpResponse<Buffer> r = send(op, "limit_typo=5&bogus=1");
      String where = op.method() + " " + op.template() + " -> " + r.statusCode() + " " + r.bodyAsString();
      soft.assertThat(r.statusCode()).as(where).isEqualTo(400);
      JsonObject body = r.bodyAsJsonObject();
      soft.assertThat(body.getString("error")).as(where).isEqualTo("bad_request");
      soft.assertThat(body.getString("field")).as(where).isEqualTo("bogus");
      soft.assertThat(body.getString("message")).as(where)
          .startsWith("unknown query parameters 'bogus', 'limit_typo': " + op.method() + " " + op.template());
    }
    soft.assertAll();
  }

  @Test
  @DisplayName("the documented names pass the guard (whatever the services then say of the values)")
  void documentedParameters() {
    SoftAssertions soft = new SoftAssertions();
    for (QueryParameterGuard.Operation op : operations) {
      if (op.allowed().isEmpty()) {
        continue;
      }
      String query = String.join("&", op.allowed().stream().sorted().map(n -> n + "=x").toList());
      HttpResponse<Buffer> r = send(op, query);
      soft.assertThat(r.bodyAsString()).as(op.method() + " " + op.template() + "?" + query)
          .doesNotContain("unknown query parameter");
    }
    soft.assertAll();
  }

  @Test
  @DisplayName("one unknown name: the message names it and lists what the route takes; GET /props?limit=1 is 200")
  void oneUnknown() {
    QueryParameterGuard.Operation props = operations.stream()
        .filter(op -> op.method() == HttpMethod.GET && op.template().equals("/props")).findFirst().orElseThrow();
    JsonObject body = send(props, "limit=1&stauts=open").bodyAsJsonObject();
    assertThat(body.getString("message")).isEqualTo("unknown query parameter 'stauts': GET /props takes only "
        + String.join(", ", new java.util.TreeSet<>(props.allowed())));
    assertThat(send(props, "limit=1").statusCode()).isEqualTo(200);
    QueryParameterGuard.Operation one = operations.stream()
        .filter(op -> op.method() == HttpMethod.GET && op.template().equals("/props/{id}")).findFirst().orElseThrow();
    assertThat(send(one, "verbose=1").bodyAsJsonObject().getString("message"))
        .isEqualTo("unknown query parameter 'verbose': GET /props/{id} takes no query parameters");
    assertThat(Set.of(operations.toArray())).hasSameSizeAs(operations);
  }
}
