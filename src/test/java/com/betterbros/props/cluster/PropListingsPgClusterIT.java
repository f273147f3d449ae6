package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.live.LiveTestClients;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GET /props pages kept in PostgreSQL mode (issue 14, chaos at 200 req/s), on a real 2-node cluster
 * sharing one database: both nodes run the gateway, props and history. The listing max age is set to
 * 10 minutes, so within a test only a props write (this node's, or another's through
 * {@code props.events.changed}) or a start time passing can renew a kept page.
 */
@DisplayName("PostgreSQL mode keeps GET /props pages, and every props node sees every node's writes promptly")
class PropListingsPgClusterIT {

  private static final String MEMBERS = "127.0.0.1:15861,127.0.0.1:15862";
  private static final String LISTING = "/props?platform=prizepicks&limit=50";
  private static Node a;
  private static Node b;
  private static ApiClient apiA;
  private static ApiClient apiB;
  private static String url;

  @BeforeAll
  static void start() {
    url = TestDatabase.freshDatabase("betterbros_test_listing_cluster");
    a = node(url);
    b = node(url);
    apiA = new ApiClient(a.vertx(), a.httpPort(), a.devToken("ops-a", Tier.ENTERPRISE));
    apiB = new ApiClient(b.vertx(), b.httpPort(), b.devToken("ops-b", Tier.ENTERPRISE));
  }

  @AfterAll
  static void stop() {
    for (Node n : new Node[] {b, a}) {
      if (n != null) {
        Await.result(n.stop());
      }
    }
  }

  private static Node node(String url) {
    Map<String, String> env = new HashMap<>();
    env.put("BB_STORE", "postgres");
    env.put("BB_PG_URL", url);
    env.put("BB_CLUSTER", "true");
    env.put("BB_CLUSTER_MEMBERS", MEMBERS);
    env.put("BB_CLUSTER_PORT", "15861");
    env.put("BB_BUS_TIMEOUT_MS", "10000");
    env.put("BB_ROLES", "gateway,props,history");
    env.put("BB_PROPS_LISTING_MAX_AGE_MS", "600000");
    return TestNodes.embedded(env);
  }

  @Test
  @DisplayName("each import through either gateway shows on both nodes' kept listings within 2 s (the event, not the max age)")
  void writesReachEveryNode() {
    Instant start = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    apiA.ok(LISTING);  // both nodes keep a page from before the writes
    apiB.ok(LISTING);
    List<ApiClient> gateways = List.of(apiA, apiB, apiA, apiB);
    for (int i = 0; i < gateways.size(); i++) {
      double line = 20.5 + i;
      HttpResponse<Buffer> r = gateways.get(i).post("/props/import?platform=prizepicks",
          LiveTestClients.feed(prop("Event Path", start), "7001", line));
      assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
      assertThat(r.bodyAsJsonObject().getInteger("imported") + r.bodyAsJsonObject().getInteger("updated")).isEqualTo(1);
      // whichever node stored it, the other one only learns of it from props.events.changed
      for (ApiClient node : List.of(apiA, apiB)) {
        awaitListing(node, LISTING, page -> page.encode().contains("\"line\":" + line), 2_000,
            "import " + i + " (line " + line + ")");
      }
    }
  }

  @Test
  @DisplayName("a kept listing is answered from the kept page: a write outside the cluster shows only with the next event")
  void listingsAreKept() {
    Instant start = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String mine = "/props?player=kept%20page";
    HttpResponse<Buffer> r = apiA.post("/props/import?platform=prizepicks",
        LiveTestClients.feed(prop("Kept Page", start), "7003", 5.5));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    for (ApiClient node : List.of(apiA, apiB)) {
      awaitListing(node, mine, page -> page.encode().contains("\"line\":5.5"), 2_000, "the imported prop");
    }
    // B may have read the new prop from the store before A's props.events.changed reached it: that
    // event renews B's stamp, and B's next listing reads the store again. Let it arrive (the other
    // test holds events to 2 s), then list once more, so both nodes keep a page from after it.
    Await.sleep(2_000);
    for (ApiClient node : List.of(apiA, apiB)) {
      assertThat(node.ok(mine).encode()).contains("\"line\":5.5");
    }
    Vertx outsider = Vertx.vertx();  // another process's write: no event
    try {
      PgStore store = Await.result(PgStore.open(outsider, TestDatabase.config(url)));
      assertThat(Await.result(store.pool().query("UPDATE prop_markets SET line = 99.5 WHERE id = 'prizepicks:7003'")
          .execute()).rowCount()).isEqualTo(1);
      Await.result(store.close());
    } finally {
      Await.result(outsider.close());
    }
    for (int i = 0; i < 10; i++) {
      for (ApiClient node : List.of(apiA, apiB)) {
        assertThat(node.ok(mine).encode()).as("kept (a read of the store would say 99.5)").contains("\"line\":5.5");
      }
    }
    r = apiB.post("/props/import?platform=prizepicks", LiveTestClients.feed(prop("Another Write", start), "7004", 7.5));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    for (ApiClient node : List.of(apiA, apiB)) {
      awaitListing(node, mine, page -> page.encode().contains("\"line\":99.5"), 2_000, "the store's line after an event");
    }
  }

  @Test
  @DisplayName("a prop whose start time passes leaves the status=open listing, with no write and no max age")
  void startTimePassing() {
    Instant start = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    HttpResponse<Buffer> r = apiA.post("/props/import?platform=prizepicks",
        LiveTestClients.feed(prop("Starts Soon", start), "7002", 11.5));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    String open = "/props?status=open&player=" + "starts%20soon";
    for (ApiClient node : List.of(apiA, apiB)) {
      awaitListing(node, open, page -> page.getLong("total") == 1, 2_000, "the new open prop");
      assertThat(node.ok(open).getLong("total")).isEqualTo(1);  // kept, and still open
    }
    long wait = start.toEpochMilli() - System.currentTimeMillis() + 200;
    assertThat(wait).as("the prop starts after the listings were kept").isPositive();
    Await.sleep(wait);
    for (ApiClient node : List.of(apiA, apiB)) {
      assertThat(node.ok(open).getLong("total")).as("open props after the start").isZero();
      assertThat(node.ok("/props?status=closed&player=starts%20soon").getLong("total")).isEqualTo(1);
    }
  }

  private static JsonObject prop(String player, Instant start) {
    return new JsonObject().put("stat_type", "points").put("start_time", start.toString()).put("opponent", "BOS")
        .put("player_name", player).put("team", "NYK");
  }

  private static void awaitListing(ApiClient api, String uri, Predicate<JsonObject> shows, long millis, String what) {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    JsonObject page = api.ok(uri);
    while (!shows.test(page)) {
      assertThat(System.nanoTime()).as("%s not listed within %d ms: %s", what, millis, page.encode())
          .isLessThan(deadline);
      Await.sleep(50);
      page = api.ok(uri);
    }
  }
}
