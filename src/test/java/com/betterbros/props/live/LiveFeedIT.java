package com.betterbros.props.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /ws/edges on an embedded node (synthetic season, 30 days) that trained its first model: the
 * upgrade's refusals, the snapshot priced exactly as /model/predict prices, an import reaching the
 * socket as edge.new then edge.changed, filters, the browser's subprotocol, since= replays and the
 * per-user limit — over real WebSockets.
 */
@DisplayName("Live edge feed: /ws/edges over real WebSockets")
class LiveFeedIT {

  private static Node node;
  private static ApiClient admin;
  private static String pro;

  @BeforeAll
  static void start() {
    node = TestNodes.trained(Map.of("BB_LIVE_MAX_CONNECTIONS_PER_USER", "3", "BB_LIVE_QUEUE_CAPACITY", "20"));
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    pro = node.devToken("paula", Tier.PRO);
    awaitPricedBoard();
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static FeedClient connect(String token, String uri) {
    return Await.result(FeedClient.header(node.vertx(), node.httpPort(), token, uri));
  }

  private static int rejected(String token, String uri) {
    Throwable t = Await.failure(FeedClient.header(node.vertx(), node.httpPort(), token, uri));
    assertThat(t).isInstanceOf(UpgradeRejectedException.class);
    return ((UpgradeRejectedException) t).getStatus();
  }

  // subscribes with {@code filter} and returns the snapshot's edges (all its parts)
  static List<JsonObject> board(FeedClient c, JsonObject filter) {
    c.send(new JsonObject().put("op", "subscribe").put("filter", filter));
    List<JsonObject> edges = new ArrayList<>();
    while (true) {
      JsonObject part = c.until(m -> m.getString("type").equals("snapshot"), 30);
      part.getJsonArray("edges").forEach(e -> edges.add((JsonObject) e));
      if (part.getInteger("part").equals(part.getInteger("parts"))) {
        assertThat(edges).hasSize(part.getInteger("total"));
        return edges;
      }
    }
  }

  // the feed prices the board once the first model is promoted: wait for its first computation
  private static void awaitPricedBoard() {
    long deadline = System.nanoTime() + 120_000_000_000L;
    try (FeedClient c = connect(pro, "/ws/edges")) {
      while (board(c, new JsonObject()).isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the feed priced no board within 120 s");
        }
        Await.sleep(500);
      }
    }
  }

  @Test
  @DisplayName("the upgrade is refused as HTTP: no token 401, free tier 403, a token in the URL 401, a bad since 400")
  void refusals() {
    assertThat(rejected(null, "/ws/edges")).isEqualTo(401);
    assertThat(rejected(node.devToken("fred", Tier.FREE), "/ws/edges")).isEqualTo(403);
    // a token in the URL is refused before anything else (AuthHandler.refuseUrlToken), even with a good header
    assertThat(rejected(pro, "/ws/edges?token=" + pro)).isEqualTo(401);
    assertThat(rejected(pro, "/ws/edges?since=yesterday")).isEqualTo(400);
    var plain = new ApiClient(node.vertx(), node.httpPort(), pro).get("/ws/edges");
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.bodyAsJsonObject().getString("message")).contains("WebSocket");
  }

  @Test
  @DisplayName("the snapshot holds the open board priced as /model/predict prices it, best edge first")
  void snapshotMatchesPredictions() {
    try (FeedClient c = connect(pro, "/ws/edges")) {
      List<JsonObject> edges = board(c, new JsonObject());
      JsonObject first = edges.get(0);
      JsonObject predicted = admin.post("/model/predict", new JsonObject()
          .put("prop_ids", new JsonArray().add(first.getString("prop_id"))).toBuffer()).bodyAsJsonObject()
          .getJsonArray("items").getJsonObject(0);
      assertThat(first.getString("side")).isEqualTo(predicted.getString("side"));
      double p = first.getString("side").equals("over") ? predicted.getDouble("p_over") : predicted.getDouble("p_under");
      assertThat(first.getDouble("p")).isCloseTo(p, within(1e-12));
      assertThat(first.getDouble("edge")).isCloseTo(predicted.getDouble("edge"), within(1e-12));
      assertThat(edges).isSortedAccordingTo((a, b) -> Double.compare(b.getDouble("edge"), a.getDouble("edge")));
      for (JsonObject e : edges) {
        // the model rounds p, breakeven and edge to 4 decimals
        assertThat(e.getDouble("edge")).isCloseTo(e.getDouble("p") - e.getDouble("breakeven"), within(1.5e-4));
        assertThat(e.getString("side")).isIn("over", "under");
      }
    }
  }

  @Test
  @DisplayName("an imported prop arrives as edge.new, its moved line as edge.changed with the previous line")
  void importReachesTheSocket() {
    try (FeedClient c = connect(pro, "/ws/edges")) {
      List<JsonObject> edges = board(c, new JsonObject().put("platforms", new JsonArray().add("prizepicks")));
      JsonObject model = edges.stream().filter(e -> e.getString("stat_type").equals("points")).findFirst()
          .orElseThrow();
      JsonObject prop = admin.ok("/props/" + model.getString("prop_id"));
      double line = prop.getDouble("line") + 3.5;
      assertThat(admin.post("/props/import?platform=prizepicks", LiveBoards.feed(prop, "live-it-1", line))
          .statusCode()).isEqualTo(200);
      JsonObject added = c.until(m -> m.getString("type").equals("edge.new")
          && m.getJsonObject("edge").getString("prop_id").equals("prizepicks:live-it-1"), 60);
      assertThat(added.getJsonObject("edge").getDouble("line")).isEqualTo(line);
      assertThat(added.getLong("seq")).isPositive();
      assertThat(admin.post("/props/import?platform=prizepicks", LiveBoards.feed(prop, "live-it-1", line + 2))
          .statusCode()).isEqualTo(200);
      // (a p_change of the prop may come first: the import's new game changes the history snapshot)
      JsonObject moved = c.until(m -> m.getString("type").equals("edge.changed")
          && m.getJsonObject("edge").getString("prop_id").equals("prizepicks:live-it-1")
          && m.getJsonArray("reasons").contains("line_move"), 60);
      assertThat(moved.getJsonObject("previous").getDouble("line")).isEqualTo(line);
      assertThat(moved.getJsonObject("edge").getDouble("line")).isEqualTo(line + 2);
      assertThat(moved.getLong("seq")).isGreaterThan(added.getLong("seq"));
    }
  }

  @Test
  @DisplayName("a filter narrows the snapshot; a bad filter or op is an error message and the socket stays open")
  void filters() {
    try (FeedClient c = connect(pro, "/ws/edges")) {
      List<JsonObject> all = board(c, new JsonObject());
      JsonObject filter = new JsonObject().put("stat_types", new JsonArray().add("points"))
          .put("sides", new JsonArray().add("over")).put("min_edge", 0.0);
      c.send(new JsonObject().put("op", "subscribe").put("filter", filter));
      JsonArray narrowed = c.until(m -> m.getString("type").equals("snapshot"), 30).getJsonArray("edges");
      long expected = all.stream().filter(e -> e.getString("stat_type").equals("points")
          && e.getString("side").equals("over") && e.getDouble("edge") >= 0).count();
      assertThat(narrowed.size()).isLessThan(all.size());
      assertThat((long) narrowed.size()).isBetween(Math.max(0, expected - 5), expected + 5);
      narrowed.stream().map(JsonObject.class::cast).forEach(e -> {
        assertThat(e.getString("stat_type")).isEqualTo("points");
        assertThat(e.getDouble("edge")).isGreaterThanOrEqualTo(0.0);
      });
      c.send(new JsonObject().put("op", "subscribe").put("filter", new JsonObject().put("min_edge", "high")));
      JsonObject error = c.until(m -> m.getString("type").equals("error"), 10);
      assertThat(error.getString("message")).contains("filter.min_edge");
      c.send(new JsonObject().put("op", "unsubscribe-all"));
      assertThat(c.until(m -> m.getString("type").equals("error"), 10).getString("message")).contains("unknown op");
      c.ws.writeTextMessage("not json");
      assertThat(c.until(m -> m.getString("type").equals("error"), 10).getString("error")).isEqualTo("bad_request");
      assertThat(c.ws.isClosed()).isFalse();
    }
  }

  @Test
  @DisplayName("a browser's subprotocol token works and the handshake selects bearer")
  void browserSubprotocol() {
    try (FeedClient c = Await.result(FeedClient.subprotocol(node.vertx(), node.httpPort(), pro))) {
      assertThat(c.ws.subProtocol()).isEqualTo("bearer");
      assertThat(board(c, new JsonObject())).isNotEmpty();
    }
  }

  @Test
  @DisplayName("since=<seq> replays what was missed from the ring; a seq the ring cannot serve gets a snapshot")
  void sinceReplays() {
    long seq;
    try (FeedClient c = connect(pro, "/ws/edges")) {
      board(c, new JsonObject());
      JsonObject prop = admin.ok("/props/" + board(c, new JsonObject()).get(0).getString("prop_id"));
      admin.post("/props/import?platform=" + prop.getString("platform"),
          LiveBoards.feed(prop, "live-it-since", prop.getDouble("line") + 1.5));
      seq = c.until(m -> m.getString("type").startsWith("edge.") && m.getJsonObject("edge") != null
          && m.getJsonObject("edge").getString("prop_id").endsWith("live-it-since"), 60).getLong("seq");
    }
    try (FeedClient again = connect(pro, "/ws/edges?since=" + (seq - 1))) {
      again.send(new JsonObject().put("op", "subscribe"));
      JsonObject resumed = again.next(30);
      assertThat(resumed.getString("type")).isEqualTo("resumed");
      assertThat(resumed.getInteger("events")).isGreaterThanOrEqualTo(1);
      JsonObject replayed = again.next(10);
      assertThat(replayed.getLong("seq")).isEqualTo(seq);
    }
    try (FeedClient ahead = connect(pro, "/ws/edges?since=" + (seq + 1_000_000))) {
      ahead.send(new JsonObject().put("op", "subscribe"));
      assertThat(ahead.next(30).getString("type")).isEqualTo("snapshot");
    }
  }

  @Test
  @DisplayName("examples/LiveEdges.java, the JVM client example, connects and prints the snapshot")
  void jvmClientExample() throws Exception {
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(javaBin, "examples/LiveEdges.java", "http://127.0.0.1:" + node.httpPort(), pro,
        "{\"stat_types\":[\"points\"]}").redirectErrorStream(true).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
      java.util.concurrent.Future<String> line = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()
          .submit(() -> {
            for (String l = out.readLine(); l != null; l = out.readLine()) {
              if (l.contains("\"type\":\"snapshot\"")) {
                return l;
              }
            }
            return null;
          });
      int points;
      try (FeedClient c = connect(pro, "/ws/edges")) {
        points = board(c, new JsonObject().put("stat_types", new JsonArray().add("points"))).size();
      }
      assertThat(line.get(120, java.util.concurrent.TimeUnit.SECONDS)).contains("\"total\":" + points + ",");
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  @DisplayName("a client that stops reading gets coalesced updates and, its queue full, is closed with 4001")
  void slowConsumerClosed() {
    List<JsonObject> open = LiveBoards.openBoard(admin);
    try (FeedClient slow = Await.result(FeedClient.slowReader(node.vertx(), node.httpPort(),
            node.devToken("sloth", Tier.PRO)));
        FeedClient fast = connect(pro, "/ws/edges")) {
      board(fast, new JsonObject());
      slow.send(new JsonObject().put("op", "subscribe"));
      slow.ws.pause();  // reads nothing: the snapshot alone fills the socket's buffers
      Await.sleep(1_000);
      // the whole board again and again with every line moved: ~1,300 edge.changed (~0.6 MB) each time,
      // until the kernel's socket buffers are full and the server's write queue backs up
      for (int shift = 1; shift <= 12; shift++) {
        JsonObject summary = admin.post("/props/import?platform=prizepicks", LiveBoards.board(open, shift))
            .bodyAsJsonObject();
        assertThat(summary.getInteger("updated")).isGreaterThan(100);
        double line = open.get(0).getDouble("line") + shift;
        fast.until(m -> m.getString("type").equals("edge.changed") && m.getJsonObject("edge").getDouble("line") == line
            && m.getJsonObject("edge").getString("prop_id").equals(open.get(0).getString("id")), 60);
      }
      slow.ws.resume();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (slow.closeCode == null && System.nanoTime() < deadline) {
        slow.drain();
        Await.sleep(100);
      }
      assertThat(slow.closeCode).isEqualTo((short) 4001);
      assertThat(slow.closeReason).startsWith("slow consumer");
      assertThat(fast.ws.isClosed()).isFalse();
    } finally {
      admin.post("/props/import?platform=prizepicks", LiveBoards.board(open, 0.0));
    }
  }

  @Test
  @DisplayName("a user holds at most max_connections_per_user sockets; the next upgrade is a 429")
  void perUserLimit() {
    String token = node.devToken("limited", Tier.PRO);
    List<FeedClient> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        open.add(connect(token, "/ws/edges"));
      }
      assertThat(rejected(token, "/ws/edges")).isEqualTo(429);
      open.remove(0).close();
      Await.sleep(300);
      open.add(connect(token, "/ws/edges"));
    } finally {
      open.forEach(FeedClient::close);
    }
  }
}
