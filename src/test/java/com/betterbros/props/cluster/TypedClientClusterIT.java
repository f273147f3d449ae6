package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.ClusterConfig;
import com.betterbros.props.app.ClusterSetup;
import com.betterbros.props.app.Node;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.PlayerView;
import com.betterbros.props.history.api.Roster;
import com.betterbros.props.history.api.TeamList;
import com.betterbros.props.history.api.TeamView;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.ModelStatus;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.PayoutChoice;
import com.betterbros.props.optimize.api.SlipLeg;
import com.betterbros.props.optimize.api.SlipSimulation;
import com.betterbros.props.optimize.api.SlipSimulationRequest;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropPage;
import com.betterbros.props.props.api.PropView;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.serviceproxy.ServiceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The example JVM caller of docs/EVENT-BUS.md: two clustered nodes split the domains (A: props,
 * history, jobs, context; B: optimize, model, features, corr, experiments), and a third cluster
 * member — another JVM service, which deploys nothing and compiles only against the domains'
 * {@code api} packages — calls the props, history, optimize and model services through their
 * typed clients: typed requests in, typed replies out, typed failures.
 */
@DisplayName("Another JVM service joins a 2-node cluster and calls the domains through their typed clients")
class TypedClientClusterIT {

  private static final String MEMBERS = "127.0.0.1:15741,127.0.0.1:15742,127.0.0.1:15743";
  private static Node nodeA;
  private static Node nodeB;
  private static Vertx caller;
  private static DeliveryOptions bus;

  @BeforeAll
  static void start() {
    Map<String, String> cluster = Map.of(
        "BB_CLUSTER", "true",
        "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", "15741",
        "BB_BUS_TIMEOUT_MS", "5000",
        "BB_PLATFORM_TIMEOUT_MS", "2000",
        "BB_SYNTH_DAYS", "5",
        "BB_SYNTH_TRAIN_ON_START", "false");
    nodeA = TestNodes.embedded(with(cluster, "BB_ROLES", "props,history,jobs,context"));
    nodeB = TestNodes.embedded(with(cluster, "BB_ROLES", "optimize,model,features,corr,experiments"));
    ClusterConfig third = new ClusterConfig(true, List.of(MEMBERS.split(",")), "127.0.0.1", 15741);
    caller = Await.result(Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(
            new EventBusOptions().setHost("127.0.0.1").setClusterPublicHost("127.0.0.1")))
        .withClusterManager(ClusterSetup.clusterManager(third))
        .buildClustered(), 120);
    // the service's bus token (token --service typed-client --tier pro): optimize needs the pro tier
    bus = new DeliveryOptions().setSendTimeout(10_000)
        .addHeader("auth-token", TestNodes.serviceToken("typed-client", com.betterbros.props.auth.Tier.PRO, false));
  }

  @AfterAll
  static void stop() {
    if (caller != null) {
      Await.result(caller.close());
    }
    for (Node node : new Node[] {nodeA, nodeB}) {
      if (node != null) {
        Await.result(node.stop());
      }
    }
  }

  @Test
  @DisplayName("props on node A: a typed filter in, a page of typed props out, a 400 naming the field")
  void props() {
    PropsService props = PropsService.createProxy(caller, bus);
    PropPage page = Await.result(props.list(new PropFilter().setStatus("open").setStatType("points").setLimit(5)));
    assertThat(page.getItems()).hasSize(5);
    assertThat(page.getLimit()).isEqualTo(5);
    assertThat(page.getTotal()).isGreaterThanOrEqualTo(5);
    for (PropView p : page.getItems()) {
      assertThat(p.getStatus()).isEqualTo("open");
      assertThat(p.getStatType()).isEqualTo("points");
      assertThat(p.getLine()).isPositive();
      assertThat(p.getId()).startsWith(p.getPlatform() + ":");
    }
    Throwable bad = Await.failure(props.list(new PropFilter().setLimit(9999)));
    assertThat(bad).isInstanceOf(ServiceException.class);
    assertThat(((ServiceException) bad).failureCode()).isEqualTo(400);
    assertThat(((ServiceException) bad).getDebugInfo().getString("field")).isEqualTo("limit");
  }

  @Test
  @DisplayName("history on node A: the teams, then one team's roster, as typed views")
  void history() {
    HistoryService history = HistoryService.createProxy(caller, bus);
    TeamList teams = Await.result(history.teams());
    assertThat(teams.getItems()).isNotEmpty().hasSize(teams.getTotal());
    TeamView first = teams.getItems().get(0);
    assertThat(first.getId()).isNotBlank();
    Roster roster = Await.result(history.roster(first.getId()));
    assertThat(roster.getTeam().getId()).isEqualTo(first.getId());
    assertThat(roster.getPlayers()).isNotEmpty().extracting(PlayerView::getTeam).containsOnly(first.getId());
  }

  @Test
  @DisplayName("optimize on node B: a typed slip of three independent legs; p_all is their product")
  void optimize() {
    OptimizeService optimize = OptimizeService.createProxy(caller, bus);
    SlipSimulation slip = Await.result(optimize.simulate(new SlipSimulationRequest()
        .setLegs(List.of(new SlipLeg().setP(0.6), new SlipLeg().setP(0.55), new SlipLeg().setP(0.58)))
        .withCorrelation(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
        .setPayout(new PayoutChoice().setPlatform("prizepicks").setMode("power"))));
    assertThat(slip.getMethod()).isEqualTo("exact");
    assertThat(slip.getPAll()).isCloseTo(0.6 * 0.55 * 0.58, within(1e-9));
    assertThat(slip.getHitDistribution()).hasSize(4);
    assertThat(slip.getHitDistribution().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(slip.getPayout().getLegs()).isEqualTo(3);
    assertThat(slip.getPayout().getMultipliers()).isNotEmpty();
    // EV per unit = sum_k P(k) M_k - 1: with Power only all three winning pays
    double m3 = slip.getPayout().getMultipliers().get("3");
    assertThat(slip.getEv()).isCloseTo(slip.getPAll() * m3 - 1, within(1e-9));
  }

  @Test
  @DisplayName("model on node B: the typed status says no model was trained, and which node answered")
  void model() {
    ModelStatus status = Await.result(ModelService.createProxy(caller, bus).status());
    assertThat(status.getStatus()).isEqualTo("none");
    assertThat(status.getModel()).isNull();
    assertThat(status.getNodeId()).isEqualTo(nodeB.clusterNodeId());
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> out = new HashMap<>(base);
    out.put(key, value);
    return out;
  }
}
