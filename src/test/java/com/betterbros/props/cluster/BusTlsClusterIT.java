package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.ClusterConfig;
import com.betterbros.props.app.ClusterSetup;
import com.betterbros.props.app.Node;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two members whose event bus speaks TLS with client certificates (one PKCS#12 key pair, made with
 * the JDK's keytool for this run), and two intruders that join Hazelcast — which the open-source
 * edition cannot stop — but not the event bus: one without TLS, one with a certificate the members do
 * not trust. Neither can call a service nor publish an event the members receive.
 */
@DisplayName("Event-bus TLS: members with the cluster's certificate talk; a JVM without it cannot")
class BusTlsClusterIT {

  private static final String MEMBERS = "127.0.0.1:15761,127.0.0.1:15762,127.0.0.1:15763,127.0.0.1:15764";
  private static final String PASSWORD = "test-only-" + System.nanoTime();
  private static Node props;
  private static Node gateway;
  private static Path dir;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("bus-tls");
    keystore(dir.resolve("member.p12"));
    keystore(dir.resolve("stranger.p12"));
    Map<String, String> cluster = new HashMap<>(Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", "15761", "BB_BUS_TIMEOUT_MS", "3000", "BB_PLATFORM_TIMEOUT_MS", "2000",
        "BB_CLUSTER_TLS_KEYSTORE", dir.resolve("member.p12").toString(), "BB_CLUSTER_TLS_PASSWORD", PASSWORD));
    Map<String, String> propsEnv = new HashMap<>(cluster);
    propsEnv.putAll(Map.of("BB_ROLES", "props", "BB_SYNTH_DAYS", "3"));
    props = TestNodes.embedded(propsEnv);
    Map<String, String> gatewayEnv = new HashMap<>(cluster);
    gatewayEnv.put("BB_ROLES", "gateway");
    gateway = TestNodes.embedded(gatewayEnv);
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      Await.result(gateway.stop());
    }
    if (props != null) {
      Await.result(props.stop());
    }
  }

  // a self-signed EC key pair in a PKCS#12 file, by the running JDK's keytool
  private static void keystore(Path file) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "member", "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=betterbros-" + file.getFileName(), "-validity", "2",
        "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
  }

  private static Vertx intruder(int port, ClusterConfig.BusTls tls) {
    ClusterConfig config = new ClusterConfig(true, List.of(MEMBERS.split(",")), "127.0.0.1", port, tls);
    return Await.result(Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(ClusterSetup.busOptions(config, "127.0.0.1")))
        .withClusterManager(ClusterSetup.clusterManager(config))
        .buildClustered(), 120);
  }

  @Test
  @DisplayName("the gateway reaches the props member over TLS; intruders' requests and events go nowhere")
  void onlyMembersTalk() {
    ApiClient api = new ApiClient(gateway.vertx(), gateway.httpPort(), gateway.devToken());
    assertThat(api.ok("/props?limit=2").getJsonArray("items")).hasSize(2);
    AtomicInteger heard = new AtomicInteger();
    props.vertx().eventBus().<JsonObject>consumer("test.bus.tls", m -> heard.incrementAndGet());
    Await.sleep(500);  // the subscription reaches the cluster's registry
    gateway.vertx().eventBus().publish("test.bus.tls", new JsonObject().put("from", "member"));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (heard.get() == 0 && System.nanoTime() < deadline) {
      Await.sleep(50);
    }
    assertThat(heard.get()).as("a member's event reaches the other member").isEqualTo(1);

    for (ClusterConfig.BusTls tls : new ClusterConfig.BusTls[] {null,
        new ClusterConfig.BusTls(dir.resolve("stranger.p12").toString(), dir.resolve("stranger.p12").toString(),
            PASSWORD)}) {
      Vertx outsider = intruder(tls == null ? 15763 : 15764, tls);
      try {
        // even with a valid bus token: without a trusted certificate the request never arrives
        PropsService proxy = PropsService.createProxy(outsider, new DeliveryOptions().setSendTimeout(3_000)
            .addHeader("auth-token", TestNodes.serviceToken("outsider", com.betterbros.props.auth.Tier.PRO, false)));
        assertThat(Await.failure(proxy.list(new PropFilter().setLimit(1))))
            .as("a request from a JVM %s", tls == null ? "without TLS" : "with an untrusted certificate")
            .isNotNull();
        outsider.eventBus().publish("test.bus.tls", new JsonObject().put("from", "intruder"));
        Await.sleep(2_000);
        assertThat(heard.get()).as("the intruder's event is not delivered").isEqualTo(1);
      } finally {
        Await.result(outsider.close());
      }
    }
  }
}
