package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.app.Repositories;
import com.betterbros.props.app.SeasonLoader;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.store.PgConfig;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Whole boards in PostgreSQL mode (issue 14: 60 or more prop_ids used to answer 503 when pricing
 * fanned out one query per leg). A single PostgreSQL node trains and promotes a model, then prices
 * 300 prop_ids; the SQL statements it runs per request are counted from its own /metrics (the pg
 * client's request count) and must not grow with the legs. Then a 2-node cluster, a gateway-only
 * node in front of a domain node that loads the promoted model from the store, prices them again.
 */
@DisplayName("POST /optimize/parlays with 300 prop_ids in PostgreSQL mode, alone and through a cluster gateway")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardPricingPgIT {

  private static final String MEMBERS = "127.0.0.1:15791,127.0.0.1:15792";
  private static final Pattern SQL_COUNT =
      Pattern.compile("(?m)^vertx_sql_processing_time_seconds_count(?:\\{[^}]*\\})? ([0-9.eE+]+)$");
  private static String pgUrl;
  private static Node single;
  private static List<String> board;
  /** The seeded season's day: the props lifecycle's "now" on every node (its board is open). */
  private static String now;

  @BeforeAll
  static void start() {
    pgUrl = TestDatabase.freshDatabase("betterbros_test_board_pricing");
    Vertx seeder = Vertx.vertx();
    try {
      PgStore store = Await.result(PgStore.open(seeder, PgConfig.fromJson(new JsonObject().put("url", pgUrl))), 120);
      now = Await.result(SeasonLoader.generateAndLoad(seeder, Repositories.postgres(store.pool()), 42, 30), 300)
          .now().toString();
      Await.result(store.close());
    } finally {
      Await.result(seeder.close());
    }
    single = TestNodes.trained(Map.of("BB_STORE", "postgres", "BB_PG_URL", pgUrl, "BB_PROPS_NOW", now));
  }

  @AfterAll
  static void stop() {
    if (single != null) {
      Await.result(single.stop());
    }
  }

  @Test
  @Order(1)
  @DisplayName("a single PostgreSQL node prices 300 prop_ids (200), with as many SQL statements as for 20")
  void singleNode() {
    ApiClient api = new ApiClient(single.vertx(), single.httpPort(), single.devToken());
    board = priceableOpenProps(api, 300);
    assertThat(board).hasSize(300);
    api.post("/optimize/parlays", parlays(board.subList(0, 20))); // warm: the history snapshot, prepared statements

    long before = sqlCount(api);
    JsonObject small = parlays200(api, board.subList(20, 40));
    long smallQueries = sqlCount(api) - before;
    before = sqlCount(api);
    JsonObject large = parlays200(api, board);
    long largeQueries = sqlCount(api) - before;

    assertThat(small.getJsonArray("legs")).hasSize(20);
    assertThat(large.getJsonArray("legs")).hasSize(300);
    assertThat(large.getJsonArray("slips")).isNotEmpty();
    // before batching: 300 props.get (two statements each) plus one props read per correlation call
    assertThat(largeQueries).as("SQL statements for 300 legs (20 legs: %d)", smallQueries)
        .isLessThanOrEqualTo(smallQueries + 2).isLessThan(10);
  }

  @Test
  @Order(2)
  @DisplayName("a gateway-only node in front of a PostgreSQL domain node prices the same 300 prop_ids (200)")
  void throughClusterGateway() {
    Await.result(single.stop());
    single = null;
    Node domains = node("props,history,jobs,context,features,model,experiments,corr,optimize,users,keys");
    Node gateway = node("gateway");
    try {
      ApiClient api = new ApiClient(gateway.vertx(), gateway.httpPort(), gateway.devToken());
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!"ready".equals(api.ok("/health").getJsonObject("model").getString("status"))) {
        assertThat(System.nanoTime()).as("the domain node loads the promoted model").isLessThan(deadline);
        Await.sleep(250);
      }
      JsonObject reply = parlays200(api, board);
      assertThat(reply.getJsonArray("legs")).hasSize(300);
      assertThat(reply.getJsonArray("slips")).isNotEmpty();
    } finally {
      Await.result(gateway.stop());
      Await.result(domains.stop());
    }
  }

  private static Node node(String roles) {
    Map<String, String> env = new HashMap<>();
    env.put("BB_STORE", "postgres");
    env.put("BB_PG_URL", pgUrl);
    env.put("BB_CLUSTER", "true");
    env.put("BB_CLUSTER_MEMBERS", MEMBERS);
    env.put("BB_CLUSTER_PORT", "15791");
    env.put("BB_BUS_TIMEOUT_MS", "30000");
    env.put("BB_ROLES", roles);
    env.put("BB_PROPS_NOW", now);
    return TestNodes.embedded(env);
  }

  /** Open props the model prices on a standard two-sided line, up to {@code n}. */
  private static List<String> priceableOpenProps(ApiClient api, int n) {
    JsonArray open = api.ok("/props?status=open&limit=500").getJsonArray("items");
    JsonArray ids = new JsonArray();
    open.forEach(p -> ids.add(((JsonObject) p).getString("id")));
    HttpResponse<Buffer> r = api.post("/model/predict", new JsonObject().put("prop_ids", ids).toBuffer());
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    for (Object o : r.bodyAsJsonObject().getJsonArray("items")) {
      JsonObject item = (JsonObject) o;
      if (!item.containsKey("error") && "standard".equals(item.getString("odds_type"))
          && "both".equals(item.getString("sides")) && out.size() < n) {
        out.add(item.getString("prop_id"));
      }
    }
    return out;
  }

  private static Buffer parlays(List<String> ids) {
    return new JsonObject().put("prop_ids", new JsonArray(ids)).put("size", 3).put("method", "greedy")
        .put("payout", new JsonObject().put("platform", "prizepicks").put("mode", "power")).toBuffer();
  }

  private static JsonObject parlays200(ApiClient api, List<String> ids) {
    HttpResponse<Buffer> r = api.post("/optimize/parlays", parlays(ids));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject();
  }

  /** The pg client's requests so far, summed over its series in this node's /metrics. */
  private static long sqlCount(ApiClient api) {
    String text = api.get("/metrics").bodyAsString();
    Matcher m = SQL_COUNT.matcher(text);
    double sum = 0;
    boolean found = false;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
      found = true;
    }
    assertThat(found).as("a vertx_sql_ series in /metrics:%n%s", text.lines()
        .filter(l -> l.contains("sql")).limit(30).reduce("", (a, b) -> a + b + "\n")).isTrue();
    return Math.round(sum);
  }
}
