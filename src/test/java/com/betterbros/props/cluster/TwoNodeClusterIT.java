package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.ClusterConfig;
import com.betterbros.props.app.ClusterSetup;
import com.betterbros.props.app.Node;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.api.PropView;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two real clustered nodes on 127.0.0.1 (Hazelcast over TCP): A runs only the gateway, B only the
 * props domain. A third clustered Vert.x stands in for another JVM service using the typed proxy.
 */
@DisplayName("A 2-node Hazelcast cluster: gateway on A, props on B, an integrator joining as a third member")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

  private static final String MEMBERS = "127.0.0.1:15701,127.0.0.1:15702,127.0.0.1:15703";
  private static Node gatewayNode;
  private static Node propsNode;
  private static Vertx integrator;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    Map<String, String> cluster = Map.of(
        "BB_CLUSTER", "true",
        "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", "15701",
        "BB_BUS_TIMEOUT_MS", "3000",
        "BB_PLATFORM_TIMEOUT_MS", "2000");
    propsNode = TestNodes.embedded(merge(cluster, Map.of("BB_ROLES", "props", "BB_SYNTH_DAYS", "3")));
    gatewayNode = TestNodes.embedded(merge(cluster, Map.of("BB_ROLES", "gateway")));
    api = new ApiClient(gatewayNode.vertx(), gatewayNode.httpPort(), gatewayNode.devToken());
    ClusterConfig third = new ClusterConfig(true, List.of(MEMBERS.split(",")), "127.0.0.1", 15701);
    integrator = Await.result(Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(new EventBusOptions().setHost("127.0.0.1").setClusterPublicHost("127.0.0.1")))
        .withClusterManager(ClusterSetup.clusterManager(third))
        .buildClustered(), 120);
  }

  @AfterAll
  static void stop() {
    if (integrator != null) {
      Await.result(integrator.close());
    }
    if (gatewayNode != null) {
      Await.result(gatewayNode.stop());
    }
    if (propsNode != null) {
      Await.result(propsNode.stop());
    }
  }

  @Test
  @Order(1)
  @DisplayName("an HTTP request to A is answered with B's props, over the clustered bus")
  void gatewayReachesPropsOnOtherNode() {
    JsonObject health = api.ok("/health");
    assertThat(health.getJsonObject("cluster").getJsonArray("members").size()).isGreaterThanOrEqualTo(2);
    assertThat(health.getJsonArray("roles").getList()).containsExactly("gateway");
    JsonObject page = api.ok("/props?limit=3");
    assertThat(page.getLong("total")).isPositive();
    assertThat(page.getJsonArray("items")).hasSize(3);
  }

  @Test
  @Order(2)
  @DisplayName("another JVM service calls the props service through its generated typed proxy")
  void integratorUsesTypedProxy() {
    // a JVM service presents a bus token (token --service); BusAccessClusterIT covers the refusals
    PropsService props = PropsService.createProxy(integrator, new DeliveryOptions().setSendTimeout(5_000)
        .addHeader("auth-token", TestNodes.serviceToken("integrator", com.betterbros.props.auth.Tier.FREE, false)));
    PropPage viaProxy = Await.result(props.list(new PropFilter().setLimit(3)));
    JsonObject viaHttp = api.ok("/props?limit=3");
    assertThat(viaProxy.toJson().getJsonArray("items")).isEqualTo(viaHttp.getJsonArray("items"));
    assertThat(viaProxy.getItems()).extracting(PropView::getId)
        .containsExactlyElementsOf(viaHttp.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList());
    assertThat(viaProxy.getLimit()).isEqualTo(3);
    Throwable bad = Await.failure(props.list(new PropFilter().setLimit(9999)));
    assertThat(bad).isInstanceOf(io.vertx.serviceproxy.ServiceException.class);
    assertThat(((io.vertx.serviceproxy.ServiceException) bad).failureCode()).isEqualTo(400);
  }

  @Test
  @Order(2)
  @DisplayName("A answers GET /props with the JSON bytes B keeps (props.listing): list's page exactly; 400 and 401 as list")
  void listingTravelsAsBytes() {
    DeliveryOptions withToken = new DeliveryOptions().setSendTimeout(5_000)
        .addHeader("auth-token", TestNodes.serviceToken("integrator", com.betterbros.props.auth.Tier.FREE, false));
    JsonObject filter = new JsonObject().put("limit", "3").put("sort", "line");
    Buffer bytes = Await.result(integrator.eventBus().<Buffer>request(Addresses.PROPS_LISTING, filter, withToken)).body();
    PropPage viaList = Await.result(PropsService.createProxy(integrator, withToken).list(new PropFilter(filter)));
    assertThat(new JsonObject(bytes)).isEqualTo(viaList.toJson());
    HttpResponse<Buffer> viaHttp = api.get("/props?limit=3&sort=line");
    assertThat(viaHttp.statusCode()).isEqualTo(200);
    assertThat(viaHttp.body().getBytes()).as("the gateway writes B's bytes as they are").isEqualTo(bytes.getBytes());

    Throwable bad = Await.failure(integrator.eventBus().request(Addresses.PROPS_LISTING,
        new JsonObject().put("limit", "9999"), withToken));
    assertThat(((io.vertx.core.eventbus.ReplyException) bad).failureCode()).isEqualTo(400);
    HttpResponse<Buffer> badHttp = api.get("/props?limit=9999");
    assertThat(badHttp.statusCode()).isEqualTo(400);
    assertThat(badHttp.bodyAsJsonObject().getString("field")).isEqualTo("limit");

    Throwable anonymous = Await.failure(integrator.eventBus().request(Addresses.PROPS_LISTING, filter,
        new DeliveryOptions().setSendTimeout(5_000)));
    assertThat(((io.vertx.core.eventbus.ReplyException) anonymous).failureCode())
        .as("no bus token: refused by the tier matrix, like props.service").isEqualTo(401);
  }

  @Test
  @Order(3)
  @DisplayName("a domain no node serves is a prompt 503/504 error JSON, never a hang")
  void missingDomainFailsFast() {
    long started = System.nanoTime();
    HttpResponse<Buffer> resp = api.get("/history/teams");
    assertThat(resp.statusCode()).isIn(503, 504);
    assertThat(resp.bodyAsJsonObject().getString("error")).isIn("service_unavailable", "timeout");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
  }

  @Test
  @Order(4)
  @DisplayName("when B leaves the cluster, A sees it go and answers 503/504 within the bus timeout")
  void nodeLeaves() throws InterruptedException {
    int before = api.ok("/health").getJsonObject("cluster").getJsonArray("members").size();
    Await.result(propsNode.stop());
    // Hazelcast tells the other members asynchronously: poll, bounded.
    long deadline = System.nanoTime() + 15_000_000_000L;
    int members = before;
    while (members == before && System.nanoTime() < deadline) {
      Thread.sleep(100);
      members = api.ok("/health").getJsonObject("cluster").getJsonArray("members").size();
    }
    assertThat(members).isEqualTo(before - 1);
    propsNode = null;
    long started = System.nanoTime();
    HttpResponse<Buffer> resp = api.get("/props?limit=1");
    assertThat(resp.statusCode()).isIn(503, 504);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    var m = new java.util.HashMap<>(a);
    m.putAll(b);
    return m;
  }
}
