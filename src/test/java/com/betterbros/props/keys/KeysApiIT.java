package com.betterbros.props.keys;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
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
import org.slf4j.LoggerFactory;

/** /keys through HTTP on an embedded node (random pepper and master key for the process). */
@DisplayName("API keys through HTTP: bbp_ bearer keys with the owner's tier and scopes, revocation at once, sealed credentials")
class KeysApiIT {

  private static final String SECRET = "odds-feed-secret-9f8e7d6c5b4a";
  private static Node node;
  private static ApiClient pro;
  private static ListAppender<ILoggingEvent> logs;

  @BeforeAll
  static void start() {
    logs = new ListAppender<>();
    logs.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    node = TestNodes.embedded(Map.of());
    pro = new ApiClient(node.vertx(), node.httpPort(), node.devToken("key-owner", Tier.PRO));
  }

  @AfterAll
  static void stop() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    Await.result(node.stop());
  }

  static JsonObject expect(HttpResponse<Buffer> resp, int status) {
    assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(status);
    return resp.body() == null || resp.body().length() == 0 ? null : resp.bodyAsJsonObject();
  }

  static JsonObject create(ApiClient as, String name, String... scopes) {
    return expect(as.post("/keys", new JsonObject().put("name", name).put("scopes", new JsonArray(java.util.List.of(scopes)))
        .toBuffer()), 201);
  }

  @Test
  @DisplayName("a key works as a bearer token on GET /props and on a pro route, is listed by prefix only, and dies at revocation")
  void keyLifecycle() {
    JsonObject made = create(pro, "ci script", "all");
    String key = made.getString("key");
    assertThat(key).matches("bbp_[0-9A-Za-z]{43}");
    assertThat(made.getString("prefix")).isEqualTo(key.substring(0, 8));
    assertThat(made.getString("tier")).isEqualTo("pro");
    ApiClient byKey = pro.withToken(key);
    expect(byKey.get("/props?limit=1"), 200);
    expect(byKey.get("/whatif/scenarios"), 200);
    JsonObject listed = expect(pro.get("/keys"), 200).getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(k -> k.getString("id").equals(made.getString("id"))).findFirst().orElseThrow();
    assertThat(listed.encode()).doesNotContain(key).doesNotContain(key.substring(8));
    assertThat(listed.getString("prefix")).isEqualTo(key.substring(0, 8));
    assertThat(listed.getString("last_used_at")).isNotNull();
    assertThat(listed.containsKey("key")).isFalse();
    expect(pro.delete("/keys/" + made.getString("id")), 204);
    JsonObject refused = expect(byKey.get("/props?limit=1"), 401);
    assertThat(refused.getString("error")).isEqualTo("unauthorized");
    expect(byKey.get("/whatif/scenarios"), 401);
  }

  @Test
  @DisplayName("a key opens the /ws/edges WebSocket, by header and as the browser's subprotocol; a revoked one is refused 401")
  void webSocket() {
    JsonObject made = create(pro, "socket", "read");
    String key = made.getString("key");
    io.vertx.core.http.WebSocketClient client = node.vertx().createWebSocketClient();
    try {
      io.vertx.core.http.WebSocketConnectOptions byHeader = new io.vertx.core.http.WebSocketConnectOptions()
          .setHost("127.0.0.1").setPort(node.httpPort()).setURI("/ws/edges").addHeader("Authorization", "Bearer " + key);
      Await.result(Await.result(client.connect(byHeader)).close());
      io.vertx.core.http.WebSocketConnectOptions bySubprotocol = new io.vertx.core.http.WebSocketConnectOptions()
          .setHost("127.0.0.1").setPort(node.httpPort()).setURI("/ws/edges").setSubProtocols(java.util.List.of("bearer", key));
      Await.result(Await.result(client.connect(bySubprotocol)).close());
      expect(pro.delete("/keys/" + made.getString("id")), 204);
      Throwable refused = Await.failure(client.connect(byHeader));
      assertThat(refused).isInstanceOf(io.vertx.core.http.UpgradeRejectedException.class);
      assertThat(((io.vertx.core.http.UpgradeRejectedException) refused).getStatus()).isEqualTo(401);
    } finally {
      client.close();
    }
  }

  @Test
  @DisplayName("a read key may GET but not POST (403); no key may manage keys (403); a bad key is 401")
  void scopesAndKeyManagement() {
    String read = create(pro, "reader", "read").getString("key");
    ApiClient byKey = pro.withToken(read);
    expect(byKey.get("/props?limit=1"), 200);
    JsonObject denied = expect(byKey.post("/whatif/scenarios", new JsonObject().toBuffer()), 403);
    assertThat(denied.getString("message")).contains("scopes");
    String all = create(pro, "writer", "all").getString("key");
    // the body of a request authenticated by a key (looked up over the bus) still reaches the route
    JsonObject bad = expect(pro.withToken(all).post("/whatif/scenarios", new JsonObject().put("name", "n")
        .put("kind", "bogus").put("request", new JsonObject()).toBuffer()), 400);
    assertThat(bad.getString("field")).isEqualTo("kind");
    expect(pro.withToken(all).get("/keys"), 403);
    expect(pro.withToken(all).post("/keys", new JsonObject().put("name", "x").put("scopes", new JsonArray().add("all"))
        .toBuffer()), 403);
    expect(pro.withToken("bbp_" + "0".repeat(43)).get("/props?limit=1"), 401);
    expect(pro.withToken("bbp_nonsense").get("/props?limit=1"), 401);
  }

  @Test
  @DisplayName("another user's key id is a 404 and stays usable; a free user gets 403 on /keys; bad bodies are 400 naming the field")
  void ownershipTiersAndInput() {
    JsonObject mine = create(pro, "mine", "all");
    ApiClient other = pro.withToken(node.devToken("someone-else", Tier.PRO));
    expect(other.delete("/keys/" + mine.getString("id")), 404);
    assertThat(expect(other.get("/keys"), 200).getJsonArray("items")).isEmpty();
    expect(pro.withToken(mine.getString("key")).get("/props?limit=1"), 200);
    ApiClient free = pro.withToken(node.devToken("free-user", Tier.FREE));
    expect(free.get("/keys"), 403);
    expect(free.post("/keys", new JsonObject().put("name", "x").put("scopes", new JsonArray().add("all")).toBuffer()), 403);
    assertThat(expect(pro.post("/keys", new JsonObject().put("name", "x").put("scopes", new JsonArray().add("admin"))
        .toBuffer()), 400).getString("field")).isEqualTo("scopes");
    assertThat(expect(pro.post("/keys", new JsonObject().put("name", "x").put("scopes", new JsonArray().add("all"))
        .put("expires_at", "2001-01-01T00:00:00Z").toBuffer()), 400).getString("field")).isEqualTo("expires_at");
    assertThat(expect(pro.post("/keys", new JsonObject().put("name", "x").put("scopes", new JsonArray().add("all"))
        .put("tier", "enterprise").toBuffer()), 400).getString("field")).isEqualTo("tier");
    assertThat(expect(pro.post("/keys", new JsonObject().put("scopes", new JsonArray().add("all")).toBuffer()), 400)
        .getString("field")).isEqualTo("name");
  }

  @Test
  @DisplayName("provider credentials are stored, listed and deleted without the secret ever coming back or being logged")
  void providers() {
    JsonObject stored = expect(pro.post("/keys/providers", new JsonObject().put("provider", "the-odds-api")
        .put("name", "main feed").put("secret", SECRET).toBuffer()), 201);
    assertThat(stored.encode()).doesNotContain(SECRET);
    JsonObject list = expect(pro.get("/keys/providers"), 200);
    assertThat(list.encode()).contains("main feed").doesNotContain(SECRET);
    expect(pro.withToken(node.devToken("someone-else", Tier.PRO)).delete("/keys/providers/" + stored.getString("id")), 404);
    expect(pro.post("/keys/rotate-master", Buffer.buffer()), 403);
    JsonObject rotation = expect(pro.withToken(node.devToken("boss", Tier.ENTERPRISE)).post("/keys/rotate-master",
        Buffer.buffer()), 200);
    assertThat(rotation.getInteger("rotated")).isZero();
    expect(pro.delete("/keys/providers/" + stored.getString("id")), 204);
    assertThat(expect(pro.get("/keys/providers"), 200).getJsonArray("items")).isEmpty();
    assertThat(expect(pro.post("/keys/providers", new JsonObject().put("provider", "x").put("name", "y").toBuffer()), 400)
        .getString("field")).isEqualTo("secret");
    String key = create(pro, "logged?", "all").getString("key");
    expect(pro.withToken(key).get("/props?limit=1"), 200);
    for (ILoggingEvent e : logs.list) {
      assertThat(e.getFormattedMessage()).doesNotContain(SECRET).doesNotContain(key.substring(4));
    }
  }
}
