package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.experiments.Experiment;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two clustered nodes, each with the gateway and every domain role (embedded: each its own memory
 * store, so where an experiment is stored says which node took it). Node 1 is stopping with a long
 * experiment running; new experiments, through node 2's gateway and from node 1's own bus, land on
 * node 2 and succeed, while node 1 finishes its own within the grace.
 */
@DisplayName("A stopping node takes no new job: the cluster sends new experiments to the other node")
class StoppingNodeClusterIT {

  private static final String MEMBERS = "127.0.0.1:15731,127.0.0.1:15732";
  private static Node node1;
  private static Node node2;

  @BeforeAll
  static void start() {
    node1 = node();
    node2 = node();
  }

  private static Node node() {
    Map<String, String> env = new HashMap<>();
    env.put("BB_CLUSTER", "true");
    env.put("BB_CLUSTER_MEMBERS", MEMBERS);
    env.put("BB_CLUSTER_PORT", "15731");
    env.put("BB_BUS_TIMEOUT_MS", "10000");
    env.put("BB_SYNTH_DAYS", "30");
    env.put("BB_HTTP_SHUTDOWN_GRACE_MS", "150000");
    return TestNodes.embedded(env);
  }

  @AfterAll
  static void stop() {
    for (Node n : new Node[] {node2, node1}) {
      if (n != null) {
        Await.result(n.stop(), 200);
      }
    }
  }

  @Test
  @DisplayName("node 1 stopping with a running experiment: a new one through node 2's gateway lands on node 2 and "
      + "succeeds, node 1's own call goes to node 2 too, node 1's running one finishes within the grace")
  void newJobsGoToTheOtherNode() throws Exception {
    // the long job, on node 1 for sure: its own service, local delivery
    String running = Await.result(ExperimentsService.createProxy(node1.vertx(),
            new DeliveryOptions().setSendTimeout(10_000).setLocalOnly(true))
        .create("dev-user", "enterprise", new ExperimentRequest())).getId();
    assertThat(Await.result(node1.stores().experiments().find(running, null)).status())
        .isIn(Experiment.QUEUED, Experiment.RUNNING);

    Future<Void> stopped1 = node1.stop();

    // through node 2's gateway: until node 2 has seen node 1 leave the address (Hazelcast propagation), a
    // request routed to node 1 is refused (503, nothing stored); then it lands on node 2
    ApiClient api2 = new ApiClient(node2.vertx(), node2.httpPort(), node2.devToken());
    HttpResponse<Buffer> created = api2.post("/experiments", Buffer.buffer("{}"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (created.statusCode() == 503 && System.nanoTime() < deadline) {
      Await.sleep(200);
      created = api2.post("/experiments", Buffer.buffer("{}"));
    }
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(202);
    assertThat(stopped1.isComplete()).as("node 1 is still in its grace, its experiment running").isFalse();
    String viaGateway = created.bodyAsJsonObject().getString("id");
    assertThat(Await.result(node2.stores().experiments().find(viaGateway, null))).as("stored on node 2").isNotNull();

    // node 1's own callers (its gateway's requests in flight, its bootstrap) reach node 2's service as well
    String fromNode1 = Await.result(ExperimentsService.createProxy(node1.vertx(),
            new DeliveryOptions().setSendTimeout(10_000))
        .create("dev-user", "enterprise", new ExperimentRequest())).getId();
    assertThat(Await.result(node2.stores().experiments().find(fromNode1, null))).as("stored on node 2").isNotNull();
    assertThat(Await.result(node1.stores().experiments().list(null, null))).extracting(Experiment::id)
        .as("node 1 stored nothing new").containsExactly(running);

    stopped1.toCompletionStage().toCompletableFuture().get(200, TimeUnit.SECONDS);
    Experiment finished = Await.result(node1.stores().experiments().find(running, null));
    assertThat(finished.status()).as("error: %s", finished.error()).isEqualTo(Experiment.SUCCEEDED);
    node1 = null;

    for (String id : new String[] {viaGateway, fromNode1}) {
      assertThat(awaitFinished(id).status()).isEqualTo(Experiment.SUCCEEDED);
    }
  }

  private static Experiment awaitFinished(String id) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      Experiment e = Await.result(node2.stores().experiments().find(id, null));
      if (Experiment.SUCCEEDED.equals(e.status()) || Experiment.FAILED.equals(e.status())) {
        return e;
      }
      Await.sleep(500);
    }
    throw new AssertionError("experiment " + id + " did not finish on node 2 within 300 s");
  }
}
