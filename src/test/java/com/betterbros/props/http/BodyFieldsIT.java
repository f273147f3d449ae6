package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Mass assignment over real HTTP: every JSON body with an extra user_id is a 400 naming it, nothing stored. */
@DisplayName("Unknown body fields: a 400 naming them on every operation, with nothing stored")
class BodyFieldsIT {

  private static final String SECRET = "body-fields-it-secret-0123456789abcdefgh";
  /** What a body could create, listed before and after the refused requests. */
  private static final List<String> STORED = List.of("/snapshots", "/experiments", "/keys", "/keys/providers",
      "/whatif/scenarios", "/eval/backtests", "/jobs");
  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET, "BB_SYNTH_DAYS", "3"));
    // enterprise and the admin role: every operation's access rule lets the caller reach the body check
    long now = System.currentTimeMillis() / 1000;
    api = new ApiClient(node.vertx(), node.httpPort(), TokenMinter.sign(SECRET, new JsonObject().put("sub", "alice")
        .put("tier", "enterprise").put("role", "admin").put("iat", now).put("exp", now + 600)));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  /** Each operation with a JSON body (but the raw board import) and its documented example, or {}. */
  @SuppressWarnings("unchecked")
  private static Map<String, JsonObject> operationsWithJsonBodies() {
    Map<String, Object> root = new Yaml().load(new String(ApiDocs.read("openapi.yaml"), StandardCharsets.UTF_8));
    Map<String, JsonObject> out = new LinkedHashMap<>();
    ((Map<String, Map<String, Object>>) root.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
      if (op instanceof Map<?, ?> operation && operation.get("requestBody") instanceof Map<?, ?> body
          && ((Map<String, Object>) body.get("content")).get("application/json") instanceof Map<?, ?> json
          && !path.equals("/props/import")) {
        Object example = json.get("example");
        if (example == null && json.get("examples") instanceof Map<?, ?> named) {
          example = ((Map<String, Object>) named.values().iterator().next()).get("value");
        }
        out.put(method.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "x"),
            example == null ? new JsonObject() : new JsonObject((Map<String, Object>) example));
      }
    }));
    return out;
  }

  private static HttpResponse<Buffer> send(String operation, JsonObject body) {
    String[] parts = operation.split(" ", 2);
    assertThat(parts[0]).isIn("POST", "PATCH");
    return parts[0].equals("PATCH") ? api.patch(parts[1], body.toBuffer()) : api.post(parts[1], body.toBuffer());
  }

  /** How many things a list route shows: its total, or its items when it has no total. */
  private static long count(String uri) {
    JsonObject list = api.ok(uri);
    return list.containsKey("total") ? list.getLong("total") : list.getJsonArray("items").size();
  }

  private static List<Long> storedTotals() {
    List<Long> totals = new ArrayList<>();
    STORED.forEach(uri -> totals.add(count(uri)));
    return totals;
  }

  @Test
  @DisplayName("every operation's documented body plus \"user_id\":\"mallory\" is a 400 naming user_id; the "
      + "lists of snapshots, experiments, keys, providers, scenarios, backtests and jobs are unchanged")
  void userIdRefusedEverywhere() {
    Map<String, JsonObject> operations = operationsWithJsonBodies();
    assertThat(operations).hasSizeGreaterThanOrEqualTo(15).containsKeys("POST /snapshots", "POST /keys",
        "POST /experiments", "POST /whatif/scenarios", "POST /history/identities", "POST /eval/backtests");
    List<Long> before = storedTotals();
    operations.forEach((operation, example) -> {
      HttpResponse<Buffer> r = send(operation, example.copy().put("user_id", "mallory"));
      assertThat(r.statusCode()).as(operation + " " + r.bodyAsString()).isEqualTo(400);
      JsonObject error = r.bodyAsJsonObject();
      assertThat(error.getString("error")).isEqualTo("bad_request");
      assertThat(error.getString("field")).as(operation).isEqualTo("user_id");
      assertThat(error.getString("message")).as(operation).contains("unknown field 'user_id'")
          .contains(operation.split(" ")[0]);
    });
    assertThat(storedTotals()).isEqualTo(before);
  }

  @Test
  @DisplayName("the same documented key body without the extra field is stored (201): the field alone was the 400")
  void exampleAloneIsAccepted() {
    JsonObject example = operationsWithJsonBodies().get("POST /keys");
    long before = count("/keys");
    assertThat(send("POST /keys", example.copy().put("tier", "enterprise")).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> made = send("POST /keys", example);
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    assertThat(count("/keys")).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("nested objects are closed too (slip.owner), an operation without a body takes no field, and a body "
      + "that is not a JSON object is left to the route")
  void nestedAndBodiless() {
    HttpResponse<Buffer> nested = api.post("/model/predict", new JsonObject().put("prop_ids", new io.vertx.core.json
        .JsonArray().add("p1")).put("slip", new JsonObject().put("legs", 2).put("owner", "mallory")).toBuffer());
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(nested.bodyAsJsonObject().getString("field")).isEqualTo("slip.owner");
    HttpResponse<Buffer> promote = api.post("/experiments/nope/promote", new JsonObject().put("user_id", "m").toBuffer());
    assertThat(promote.statusCode()).isEqualTo(400);
    assertThat(promote.bodyAsJsonObject().getString("message")).contains("takes no body fields");
    HttpResponse<Buffer> array = api.post("/snapshots", Buffer.buffer("[1,2]"));
    assertThat(array.statusCode()).isEqualTo(400);
    assertThat(array.bodyAsJsonObject().getString("field")).isEqualTo("body");
  }
}
