package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.ClusterConfig;
import com.betterbros.props.app.ClusterSetup;
import com.betterbros.props.bus.UnwrittenRequestRetry;
import com.betterbros.props.testing.Await;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.spi.cluster.NodeInfo;
import io.vertx.core.spi.cluster.RegistrationInfo;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import io.vertx.spi.cluster.hazelcast.impl.HazelcastNodeInfo;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two real clustered Vert.x on 127.0.0.1 and a member that died without leaving: its node info
 * (a loopback port nothing listens on) and its registrations stay in Hazelcast, as they do between
 * a kill -9 and the cluster dropping the member. B serves {@code retry.echo} as well; nobody else
 * serves {@code retry.nobody}.
 */
@DisplayName("a bus request whose chosen member cannot be reached goes to another member at once, not after the timeout")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnwrittenRequestRetryClusterIT {

  private static final String MEMBERS = "127.0.0.1:15881,127.0.0.1:15882";
  private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();
  private static Vertx requester;
  private static Vertx server;

  @BeforeAll
  static void start() throws Exception {
    HazelcastClusterManager requesterCluster = ClusterSetup.clusterManager(config(15881));
    requester = clustered(requesterCluster);
    server = clustered(ClusterSetup.clusterManager(config(15882)));
    server.eventBus().<String>consumer("retry.echo", m -> {
      if ("conflict".equals(m.body())) {
        m.fail(409, "already there");
      } else {
        m.reply("echo:" + m.body());
      }
    });
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String dead = "dead-" + UUID.randomUUID();
    requesterCluster.getHazelcastInstance().getMap("__vertx.nodeInfo")
        .put(dead, new HazelcastNodeInfo(new NodeInfo("127.0.0.1", closedPort, null)));
    for (String address : List.of("retry.echo", "retry.nobody")) {
      Promise<Void> added = Promise.promise();
      requesterCluster.addRegistration(address, new RegistrationInfo(dead, 0, false), added);
      Await.result(added.future());
    }
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (registrations(requesterCluster, "retry.echo") < 2) {
      assertThat(System.nanoTime()).as("B's and the dead member's registrations seen").isLessThan(deadline);
      Await.sleep(100);
    }
  }

  @AfterAll
  static void stop() {
    for (Vertx vertx : new Vertx[] {requester, server}) {
      if (vertx != null) {
        Await.result(vertx.close());
      }
    }
  }

  @Test
  @Order(1)
  @DisplayName("without it (Vert.x as it is): requests the round robin sends to the dead member wait out their timeout")
  void withoutItRequestsToTheDeadMemberTimeOut() {
    List<Throwable> failures = send("retry.echo", 6, 1_000).failures();
    assertThat(failures).as("about half of 6 requests go to the dead member").isNotEmpty()
        .allMatch(t -> t instanceof ReplyException r && r.failureType() == ReplyFailure.TIMEOUT);
  }

  @Test
  @Order(2)
  @DisplayName("with it: every request is answered by the live member, in well under the timeout, and resends are counted")
  void withItEveryRequestIsAnswered() {
    UnwrittenRequestRetry.install(requester, REGISTRY);
    Outcomes outcomes = send("retry.echo", 20, 10_000);
    assertThat(outcomes.failures()).isEmpty();
    assertThat(outcomes.replies()).hasSize(20).allMatch(r -> r.startsWith("echo:"));
    assertThat(outcomes.slowestMs()).as("no request waited for its 10 s timeout").isLessThan(5_000);
    assertThat(REGISTRY.counter("bb_bus_resends", "address", "retry.echo").count())
        .as("the round robin chose the dead member for some").isPositive();
  }

  @Test
  @Order(3)
  @DisplayName("the resent request's failure reaches the caller as it is (code and message)")
  void failuresPassThrough() {
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      failures.add(Await.failure(requester.eventBus().request("retry.echo", "conflict",
          new DeliveryOptions().setSendTimeout(10_000))));
    }
    assertThat(failures).allSatisfy(t -> {
      assertThat(t).isInstanceOf(ReplyException.class).hasMessage("already there");
      assertThat(((ReplyException) t).failureCode()).isEqualTo(409);
    });
  }

  @Test
  @Order(4)
  @DisplayName("an address only the dead member serves fails at once with NO_HANDLERS, not after 10 s")
  void onlyTheDeadMemberFailsFast() {
    long started = System.nanoTime();
    Throwable failure = Await.failure(requester.eventBus().request("retry.nobody", "x",
        new DeliveryOptions().setSendTimeout(10_000)));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(failure).isInstanceOf(ReplyException.class).hasMessageContaining("could be reached after 4 tries");
    assertThat(((ReplyException) failure).failureType()).isEqualTo(ReplyFailure.NO_HANDLERS);
    assertThat(tookMs).isLessThan(5_000);
  }

  private record Outcomes(List<String> replies, List<Throwable> failures, long slowestMs) {}

  /** {@code n} requests one after the other (the round robin alternates between the two members). */
  private static Outcomes send(String address, int n, long timeoutMs) {
    List<String> replies = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    long slowest = 0;
    for (int i = 0; i < n; i++) {
      long started = System.nanoTime();
      Future<io.vertx.core.eventbus.Message<String>> reply = requester.eventBus()
          .request(address, "m" + i, new DeliveryOptions().setSendTimeout(timeoutMs));
      Await.result(reply.transform(ar -> Future.succeededFuture()), 30);
      slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
      if (reply.succeeded()) {
        replies.add(reply.result().body());
      } else {
        failures.add(reply.cause());
      }
    }
    return new Outcomes(replies, failures, slowest);
  }

  private static int registrations(HazelcastClusterManager cluster, String address) {
    Promise<List<RegistrationInfo>> found = Promise.promise();
    cluster.getRegistrations(address, found);
    return Await.result(found.future()).size();
  }

  private static ClusterConfig config(int port) {
    return new ClusterConfig(true, List.of(MEMBERS.split(",")), "127.0.0.1", port);
  }

  private static Vertx clustered(HazelcastClusterManager cluster) {
    return Await.result(Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(
            new EventBusOptions().setHost("127.0.0.1").setClusterPublicHost("127.0.0.1")))
        .withClusterManager(cluster)
        .buildClustered(), 120);
  }
}
