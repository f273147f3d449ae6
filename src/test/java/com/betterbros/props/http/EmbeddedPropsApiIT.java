package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Props API on an embedded node, over real HTTP")
class EmbeddedPropsApiIT {

  /** The synthetic season starts 2025-10-21; imported fixture boards are from 2023. */
  private static final String SYNTHETIC = "/props?from=2025-01-01";

  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("health answers without a token and reports store, cache and version")
  void health() {
    HttpResponse<Buffer> resp = api.withToken(null).get("/health");
    assertThat(resp.statusCode()).isEqualTo(200);
    JsonObject body = resp.bodyAsJsonObject();
    assertThat(body.getString("status")).isEqualTo("up");
    assertThat(body.getJsonObject("store").getString("kind")).isEqualTo("memory");
    assertThat(body.getJsonObject("cache").getString("kind")).isEqualTo("in_process");
    assertThat(body.getJsonObject("cluster").getBoolean("enabled")).isFalse();
    assertThat(body.getString("version")).isNotBlank();
  }

  @Test
  @DisplayName("metrics are Prometheus text and count HTTP requests")
  void metrics() {
    api.ok("/props?limit=1");
    HttpResponse<Buffer> resp = api.withToken(null).get("/metrics");
    assertThat(resp.statusCode()).isEqualTo(200);
    assertThat(resp.bodyAsString())
        .containsPattern("bb_http_server_requests_seconds_count\\{method=\"GET\",route=\"/props\",status=\"200\",?} ")
        .contains("bb_http_server_active_connections")
        .contains("bb_http_server_active_requests")
        // Vert.x's own HTTP server series are off (NodeMetrics): the bb_http_server_* ones replace them
        .doesNotContain("vertx_http_server_requests_total")
        .contains("vertx_eventbus_")
        .contains("vertx_pool_")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  @DisplayName("CORS answers a preflight from a configured origin and ignores others")
  void cors() {
    var client = io.vertx.ext.web.client.WebClient.create(node.vertx());
    var allowed = Await.result(client.request(io.vertx.core.http.HttpMethod.OPTIONS, node.httpPort(), "127.0.0.1", "/props")
        .putHeader("Origin", "http://localhost:3000")
        .putHeader("Access-Control-Request-Method", "GET")
        .putHeader("Access-Control-Request-Headers", "Authorization")
        .send());
    assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    var other = Await.result(client.request(io.vertx.core.http.HttpMethod.OPTIONS, node.httpPort(), "127.0.0.1", "/props")
        .putHeader("Origin", "https://evil.example")
        .putHeader("Access-Control-Request-Method", "GET")
        .send());
    assertThat(other.getHeader("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  @DisplayName("a request without a valid token is a 401 error JSON")
  void unauthorized() {
    HttpResponse<Buffer> none = api.withToken(null).get("/props");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.bodyAsJsonObject().getString("error")).isEqualTo("unauthorized");
    HttpResponse<Buffer> garbage = api.withToken("not.a.token").get("/props");
    assertThat(garbage.statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("the synthetic board lists with every documented field and consistent pages")
  void listsAndPaginates() {
    JsonObject first = api.ok("/props?limit=10");
    assertThat(first.getLong("total")).isGreaterThan(1000);
    assertThat(first.getInteger("limit")).isEqualTo(10);
    JsonArray items = first.getJsonArray("items");
    assertThat(items).hasSize(10);
    JsonObject prop = items.getJsonObject(0);
    assertThat(prop.fieldNames()).contains("id", "platform", "sport", "player_id", "player_name", "team",
        "opponent", "game_id", "stat_type", "line", "start_time", "status");
    assertThat(prop.containsKey("true_prob_over")).isFalse();
    JsonObject a = api.ok("/props?limit=5&offset=0");
    JsonObject b = api.ok("/props?limit=5&offset=5");
    JsonArray joined = a.getJsonArray("items").copy().addAll(b.getJsonArray("items"));
    assertThat(joined).isEqualTo(items);
  }

  @Test
  @DisplayName("filters narrow the list to matching props only")
  void filters() {
    JsonObject some = api.ok(SYNTHETIC + "&platform=underdog&stat_type=points&status=settled&limit=1")
        .getJsonArray("items").getJsonObject(0);
    String team = some.getString("team");
    JsonObject filtered = api.ok("/props?platform=underdog&stat_type=points&status=settled&team=" + team + "&limit=500");
    assertThat(filtered.getLong("total")).isPositive();
    for (Object o : filtered.getJsonArray("items")) {
      JsonObject p = (JsonObject) o;
      assertThat(p.getString("platform")).isEqualTo("underdog");
      assertThat(p.getString("stat_type")).isEqualTo("points");
      assertThat(p.getString("status")).isEqualTo("settled");
      assertThat(p.getJsonObject("outcome").getString("result")).isIn("over", "under", "push", "void");
      assertThat(p.getString("team")).isEqualTo(team);
    }
    String day = some.getString("start_time").substring(0, 10);
    JsonObject byDate = api.ok("/props?from=" + day + "&to=" + day + "&limit=500");
    assertThat(byDate.getLong("total")).isPositive();
    JsonObject byGame = api.ok("/props?game_id=" + some.getString("game_id") + "&player=" + some.getString("player_id"));
    assertThat(byGame.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("player_id")))
        .containsOnly(some.getString("player_id"));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
      "/props?limit=501, limit",
      "/props?limit=abc, limit",
      "/props?offset=-1, offset",
      "/props?platform=draftkings, platform",
      "/props?status=maybe, status",
      "/props?from=yesterday, from",
      "/props?from=2025-12-01&to=2025-11-01, from"
  })
  @DisplayName("bad list parameters are 400s naming the field")
  void badParameters(String uri, String field) {
    HttpResponse<Buffer> resp = api.get(uri);
    assertThat(resp.statusCode()).isEqualTo(400);
    JsonObject body = resp.bodyAsJsonObject();
    assertThat(body.getString("error")).isEqualTo("bad_request");
    assertThat(body.getString("field")).isEqualTo(field);
    assertThat(body.getString("message")).contains(field);
  }

  @Test
  @DisplayName("one prop comes with its line history; an unknown id is a 404")
  void oneProp() {
    JsonObject some = api.ok(SYNTHETIC + "&limit=1").getJsonArray("items").getJsonObject(0);
    JsonObject prop = api.ok("/props/" + some.getString("id"));
    assertThat(prop.getString("id")).isEqualTo(some.getString("id"));
    assertThat(prop.getJsonArray("line_history")).isNotEmpty();
    HttpResponse<Buffer> missing = api.get("/props/nope:123");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.bodyAsJsonObject().getString("error")).isEqualTo("not_found");
  }

  @Test
  @DisplayName("unknown routes are a 404 error JSON")
  void unknownRoute() {
    HttpResponse<Buffer> resp = api.get("/nothing-here");
    assertThat(resp.statusCode()).isEqualTo(404);
    assertThat(resp.bodyAsJsonObject().getString("error")).isEqualTo("not_found");
  }

  @Test
  @DisplayName("a body over 1 MiB is refused with 413 outside the import route")
  void bodyTooLarge() {
    HttpResponse<Buffer> resp = api.post("/props/refresh", Buffer.buffer(new byte[(1 << 20) + 10]));
    assertThat(resp.statusCode()).isEqualTo(413);
    assertThat(resp.bodyAsJsonObject().getString("error")).isEqualTo("payload_too_large");
  }

  @Test
  @DisplayName("importing the real PrizePicks board is idempotent, and a moved line adds history")
  void importPrizePicks() {
    Buffer feed = Buffer.buffer(Fixtures.bytes("prizepicks-nba-2023-12-14.json"));
    JsonObject first = ok(api.post("/props/import?platform=prizepicks", feed));
    assertThat(first.getInteger("imported")).isPositive();
    assertThat(first.getJsonObject("skipped_reasons").getInteger("combo", 0)).isPositive();
    assertThat(first.getInteger("skipped")).isPositive();
    JsonObject again = ok(api.post("/props/import?platform=prizepicks", feed));
    assertThat(again.getInteger("imported")).isZero();
    assertThat(again.getInteger("updated")).isZero();
    assertThat(again.getInteger("unchanged")).isEqualTo(first.getInteger("imported"));

    JsonObject imported = api.ok("/props?platform=prizepicks&stat_type=points&to=2024-01-01&limit=1")
        .getJsonArray("items").getJsonObject(0);
    String id = imported.getString("id");
    String externalId = id.substring("prizepicks:".length());
    JsonObject raw = new JsonObject(feed);
    JsonObject projection = raw.getJsonArray("data").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("id").equals(externalId))
        .findFirst().orElseThrow();
    double before = api.ok("/props/" + id).getDouble("line");
    projection.getJsonObject("attributes").put("line_score", before + 1.0);
    JsonObject moved = ok(api.post("/props/import?platform=prizepicks", raw.toBuffer()));
    assertThat(moved.getInteger("updated")).isEqualTo(1);
    JsonObject after = api.ok("/props/" + id);
    assertThat(after.getDouble("line")).isEqualTo(before + 1.0);
    assertThat(after.getJsonArray("line_history")).hasSize(2);
  }

  @Test
  @DisplayName("the 2.3 MB Underdog board with Latin-1 bytes imports every sport, whatever its Content-Type")
  void importUnderdog() {
    // As curl --data-binary sends it: labelled form-urlencoded, but the body is the raw feed.
    var client = io.vertx.ext.web.client.WebClient.create(node.vertx());
    JsonObject summary = ok(Await.result(client.post(node.httpPort(), "127.0.0.1", "/props/import?platform=underdog")
        .bearerTokenAuthentication(node.devToken())
        .putHeader("Content-Type", "application/x-www-form-urlencoded")
        .sendBuffer(Buffer.buffer(Fixtures.bytes("underdog-nba-2023-12-27.json")))));
    assertThat(summary.getInteger("imported")).isGreaterThan(500);
    for (String sport : new String[] {"NBA", "NFL", "NHL"}) {
      assertThat(api.ok("/props?platform=underdog&sport=" + sport + "&limit=1").getLong("total"))
          .as(sport).isPositive();
    }
  }

  @Test
  @DisplayName("malformed JSON is a 400 and stores nothing; an unknown platform is a 400")
  void malformedImport() {
    long before = api.ok("/props?limit=1").getLong("total");
    HttpResponse<Buffer> bad = api.post("/props/import?platform=prizepicks", Buffer.buffer("{\"data\": [ {\"id\": "));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.bodyAsJsonObject().getString("field")).isEqualTo("body");
    HttpResponse<Buffer> shape = api.post("/props/import?platform=underdog", Buffer.buffer("{\"data\": []}"));
    assertThat(shape.statusCode()).isEqualTo(400);
    HttpResponse<Buffer> platform = api.post("/props/import?platform=fanduel", Buffer.buffer("{}"));
    assertThat(platform.statusCode()).isEqualTo(400);
    assertThat(platform.bodyAsJsonObject().getString("field")).isEqualTo("platform");
    assertThat(api.ok("/props?limit=1").getLong("total")).isEqualTo(before);
  }

  private static JsonObject ok(HttpResponse<Buffer> resp) {
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
    return resp.bodyAsJsonObject();
  }
}
