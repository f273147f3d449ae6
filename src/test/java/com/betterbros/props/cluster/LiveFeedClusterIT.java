package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.live.LiveTestClients;
import com.betterbros.props.live.api.LiveService;
import io.vertx.core.eventbus.DeliveryOptions;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The live feed across two real clustered nodes (Hazelcast over TCP on 127.0.0.1): A runs every
 * domain with a trained model, B only a gateway and the live role. Both hear each import; the
 * cluster-wide claim and lock make one of them compute it, and both gateways' subscribers get the
 * same events with the same sequence numbers.
 */
@DisplayName("Live feed on a 2-node cluster: an import on A reaches subscribers on A and B, computed once")
class LiveFeedClusterIT {

  private static final String MEMBERS = "127.0.0.1:15741,127.0.0.1:15742";
  private static Node a;
  private static Node b;

  @BeforeAll
  static void start() {
    Map<String, String> cluster = Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", "15741", "BB_BUS_TIMEOUT_MS", "20000", "BB_PLATFORM_TIMEOUT_MS", "2000",
        "BB_LIVE_RECOMPUTE_INTERVAL_S", "3600");
    a = TestNodes.trained(cluster);
    Map<String, String> gateway = new HashMap<>(cluster);
    gateway.put("BB_ROLES", "gateway,live");
    b = TestNodes.embedded(gateway);
  }

  @AfterAll
  static void stop() {
    if (b != null) {
      Await.result(b.stop());
    }
    if (a != null) {
      Await.result(a.stop());
    }
  }

  @Test
  @DisplayName("both nodes' subscribers get the imported prop once, with the same seq; B's snapshot equals A's")
  void importReachesEveryNode() throws Exception {
    String tokenA = a.devToken("ann", Tier.PRO);
    String tokenB = b.devToken("ann", Tier.PRO);
    try (var onA = LiveTestClients.connect(a, tokenA); var onB = LiveTestClients.connect(b, tokenB)) {
      List<JsonObject> boardA = LiveTestClients.awaitBoard(onA, 180);
      List<JsonObject> boardB = LiveTestClients.awaitBoard(onB, 60);
      assertThat(boardB).hasSameSizeAs(boardA);
      JsonObject prop = new ApiClient(a.vertx(), a.httpPort(), a.devToken())
          .ok("/props/" + boardA.get(0).getString("prop_id"));
      ApiClient admin = new ApiClient(a.vertx(), a.httpPort(), a.devToken());
      // every change event the import sets off, as both nodes hear them
      java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
      for (String address : List.of(Addresses.PROPS_EVENTS_IMPORTED, Addresses.HISTORY_EVENTS_CHANGED)) {
        a.vertx().eventBus().consumer(address, m -> changes.incrementAndGet());
      }
      LiveService live = LiveService.createProxy(b.vertx(), new DeliveryOptions().setSendTimeout(10_000));
      long before = Await.result(live.board()).getComputations();
      assertThat(admin.post("/props/import?platform=" + prop.getString("platform"),
          LiveTestClients.feed(prop, "cluster-1", prop.getDouble("line") + 2.5)).statusCode()).isEqualTo(200);
      JsonObject seenA = LiveTestClients.awaitNew(onA, "cluster-1", 90);
      JsonObject seenB = LiveTestClients.awaitNew(onB, "cluster-1", 90);
      assertThat(seenB.getLong("seq")).isEqualTo(seenA.getLong("seq"));
      assertThat(seenB.getJsonObject("edge")).isEqualTo(seenA.getJsonObject("edge"));
      Await.sleep(3_000);
      assertThat(LiveTestClients.count(onB, "cluster-1")).isEqualTo(1);
      assertThat(LiveTestClients.count(onA, "cluster-1")).isEqualTo(1);
      // both live nodes heard every change; each was computed by one of them (triggers may merge)
      long computed = Await.result(live.board()).getComputations() - before;
      assertThat(changes.get()).isPositive();
      assertThat(computed).isBetween(1L, (long) changes.get());
    }
  }
}
