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
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Promotion on a real cluster over a shared PostgreSQL: node A runs the gateway and experiments,
 * nodes B and C serve the model. A promotion made through A switches both B and C; a node D that
 * joins afterwards loads the promoted model from the store.
 */
@DisplayName("Model promotion reaches every clustered node, and a newly joined node loads it")
class ModelPromotionClusterIT {

  private static final String MEMBERS = "127.0.0.1:15721,127.0.0.1:15722,127.0.0.1:15723,127.0.0.1:15724";
  private static String pgUrl;
  private static Node a;
  private static Node b;
  private static Node c;
  private static Node d;

  @BeforeAll
  static void start() {
    pgUrl = TestDatabase.freshDatabase("betterbros_test_promotion");
    Vertx seeder = Vertx.vertx();
    try {
      PgStore store = Await.result(PgStore.open(seeder, PgConfig.fromJson(new JsonObject().put("url", pgUrl))), 120);
      Await.result(SeasonLoader.generateAndLoad(seeder, Repositories.postgres(store.pool()), 42, 20), 300);
      Await.result(store.close());
    } finally {
      Await.result(seeder.close());
    }
    a = node("gateway,props,history,context,features,experiments");
    b = node("model");
    c = node("model");
  }

  private static Node node(String roles) {
    Map<String, String> env = new HashMap<>();
    env.put("BB_STORE", "postgres");
    env.put("BB_PG_URL", pgUrl);
    env.put("BB_CLUSTER", "true");
    env.put("BB_CLUSTER_MEMBERS", MEMBERS);
    env.put("BB_CLUSTER_PORT", "15721");
    env.put("BB_ROLES", roles);
    return TestNodes.embedded(env);
  }

  @AfterAll
  static void stop() {
    for (Node n : new Node[] {d, c, b, a}) {
      if (n != null) {
        Await.result(n.stop());
      }
    }
  }

  @Test
  @DisplayName("B and C both switch on the promotion event; D, joining later, serves the same model")
  void promotionEverywhere() throws InterruptedException {
    ApiClient api = new ApiClient(a.vertx(), a.httpPort(), a.devToken());
    JsonObject created = api.post("/experiments",
        new JsonObject().put("model_type", "logistic_sgd").put("seed", 3).toBuffer()).bodyAsJsonObject();
    String id = created.getString("id");
    JsonObject e = api.ok("/experiments/" + id);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (System.nanoTime() < deadline && !e.getString("status").matches("succeeded|failed")) {
      Thread.sleep(250);
      e = api.ok("/experiments/" + id);
    }
    assertThat(e.getString("status")).as(e.encode()).isEqualTo("succeeded");
    String modelId = api.post("/experiments/" + id + "/promote", null).bodyAsJsonObject().getString("model_id");

    assertThat(servingNodes(api, modelId, Set.of(b.clusterNodeId(), c.clusterNodeId())))
        .containsExactlyInAnyOrder(b.clusterNodeId(), c.clusterNodeId());

    d = node("model");
    assertThat(servingNodes(api, modelId, Set.of(d.clusterNodeId()))).contains(d.clusterNodeId());
  }

  /** Asks GET /model (round-robin over the model nodes) until every expected node reports the model. */
  private static Set<String> servingNodes(ApiClient api, String modelId, Set<String> expected)
      throws InterruptedException {
    Set<String> seen = new HashSet<>();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline && !seen.containsAll(expected)) {
      JsonObject status = api.ok("/model");
      if ("ready".equals(status.getString("status")) && modelId.equals(status.getJsonObject("model").getString("id"))) {
        seen.add(status.getString("node_id"));
      }
      Thread.sleep(20);
    }
    return seen;
  }
}
