package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.access.BusSecret;
import com.betterbros.props.access.BusTokens;
import com.betterbros.props.access.core.Caller;
import com.betterbros.props.app.ClusterConfig;
import com.betterbros.props.app.ClusterSetup;
import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.experiments.api.ExperimentListQuery;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.eventbus.ReplyException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bus's caller checks across a real 2-node cluster (A: the gateway; B: the domains) and a bare
 * third member, a plain clustered Vert.x standing in for another JVM service: without a token it is
 * refused (401), with a free service token pro actions are 403, a user token may not name another
 * user (403), a pro service token is served; and the gateway on A still serves its users, whose
 * tokens its outbound interceptor adds and B's guard reads.
 */
@DisplayName("Bus callers on a 2-node cluster: tokens required, the matrix enforced on the consuming node")
class BusAccessClusterIT {

  private static final String MEMBERS = "127.0.0.1:15781,127.0.0.1:15782,127.0.0.1:15783";
  private static final byte[] KEY = BusSecret.from(TestNodes.BUS_SECRET, true).key();
  private static Node gateway;
  private static Node domains;
  private static Vertx member;
  private static final List<String> seenOnB = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    Map<String, String> cluster = Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", "15781", "BB_BUS_TIMEOUT_MS", "5000", "BB_PLATFORM_TIMEOUT_MS", "2000",
        "BB_SYNTH_DAYS", "3", "BB_SYNTH_TRAIN_ON_START", "false");
    domains = TestNodes.embedded(with(cluster, "BB_ROLES", "props,history,jobs,context,features,model,experiments"));
    gateway = TestNodes.embedded(with(cluster, "BB_ROLES", "gateway"));
    // what reaches B for experiments.service: the auth-token header as B received it
    Handler<DeliveryContext<Object>> spy = dc -> {
      if ("experiments.service".equals(dc.message().address())) {
        seenOnB.add(String.valueOf(dc.message().headers().get("auth-token")));
      }
      dc.next();
    };
    domains.vertx().eventBus().addInboundInterceptor(spy);
    member = Await.result(Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(
            new EventBusOptions().setHost("127.0.0.1").setClusterPublicHost("127.0.0.1")))
        .withClusterManager(ClusterSetup.clusterManager(
            new ClusterConfig(true, List.of(MEMBERS.split(",")), "127.0.0.1", 15781)))
        .buildClustered(), 120);
  }

  @AfterAll
  static void stop() {
    if (member != null) {
      Await.result(member.close());
    }
    for (Node n : new Node[] {gateway, domains}) {
      if (n != null) {
        Await.result(n.stop());
      }
    }
  }

  @Test
  @DisplayName("a bare member with no token: ReplyException 401 naming the auth-token header")
  void noToken() {
    Throwable t = Await.failure(PropsService.createProxy(member, options(null)).list(new PropFilter().setLimit(1)));
    assertThat(t).isInstanceOf(ReplyException.class);
    assertThat(((ReplyException) t).failureCode()).isEqualTo(401);
    assertThat(t.getMessage()).contains("auth-token");
    Throwable forged = Await.failure(PropsService.createProxy(member, options("a.b.c")).list(new PropFilter()));
    assertThat(((ReplyException) forged).failureCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("a free service token on experiments: 403; alice's user token asking for bob's experiment: 403")
  void refusals() {
    String free = TestNodes.serviceToken("scores", Tier.FREE, false);
    ReplyException tier = (ReplyException) Await.failure(ExperimentsService.createProxy(member, options(free))
        .list("scores", new ExperimentListQuery()));
    assertThat(tier.failureCode()).isEqualTo(403);
    assertThat(tier.getMessage()).isEqualTo("experiments.service list needs the pro tier or above");
    String alice = BusTokens.mint(KEY, Caller.user("alice", Tier.PRO, false, false), Duration.ofMinutes(5));
    ReplyException bob = (ReplyException) Await.failure(ExperimentsService.createProxy(member, options(alice))
        .get("bob", "exp-1"));
    assertThat(bob.failureCode()).isEqualTo(403);
    assertThat(bob.getMessage()).contains("userId bob");
    String stranger = BusTokens.mint(BusSecret.from(null, false).key(), Caller.user("alice", Tier.PRO, false, false),
        Duration.ofMinutes(5));
    ReplyException signed = (ReplyException) Await.failure(ExperimentsService.createProxy(member, options(stranger))
        .list("alice", new ExperimentListQuery()));
    assertThat(signed.failureCode()).isEqualTo(401);
    assertThat(signed.getMessage()).contains("bad signature");
  }

  @Test
  @DisplayName("a pro service token is served, an on-behalf enterprise one may act for bob")
  void served() {
    String pro = TestNodes.serviceToken("reports", Tier.PRO, false);
    assertThat(Await.result(ExperimentsService.createProxy(member, options(pro))
        .list("reports", new ExperimentListQuery())).getTotal()).isZero();
    String onBehalf = TestNodes.serviceToken("crm", Tier.ENTERPRISE, true);
    assertThat(Await.result(ExperimentsService.createProxy(member, options(onBehalf))
        .list("bob", new ExperimentListQuery())).getTotal()).isZero();
    assertThat(Await.result(PropsService.createProxy(member, options(pro)).list(new PropFilter().setLimit(2)))
        .getItems()).hasSize(2);
  }

  @Test
  @DisplayName("the gateway on A: a pro user's request reaches B with that user's token; a free user gets the HTTP 403")
  void gatewayPath() {
    ApiClient carol = new ApiClient(gateway.vertx(), gateway.httpPort(), gateway.devToken("carol", Tier.PRO));
    seenOnB.clear();
    assertThat(carol.ok("/experiments").getInteger("total")).isZero();
    assertThat(carol.ok("/props?limit=1").getJsonArray("items")).hasSize(1);
    assertThat(seenOnB).isNotEmpty();
    Caller arrived = new BusTokens(BusSecret.from(TestNodes.BUS_SECRET, true)).verify(seenOnB.get(0));
    assertThat(arrived).isEqualTo(Caller.user("carol", Tier.PRO, false, false));
    ApiClient dave = carol.withToken(gateway.devToken("dave", Tier.FREE));
    var denied = dave.get("/experiments");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.bodyAsJsonObject().getString("message")).contains("needs the pro tier or above");
  }

  private static DeliveryOptions options(String token) {
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(10_000);
    return token == null ? options : options.addHeader("auth-token", token);
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> out = new java.util.HashMap<>(base);
    out.put(key, value);
    return out;
  }
}
