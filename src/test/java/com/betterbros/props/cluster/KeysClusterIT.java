package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Three clustered nodes on 127.0.0.1: K runs the keys and props domains, G1 and G2 only gateways.
 * A key made through G1 works through G2, and its revocation through G1 is a 401 on G2 at once.
 */
@DisplayName("Access keys across a cluster: made on one gateway, used on another, revoked everywhere at once")
class KeysClusterIT {

  private static final String MEMBERS = "127.0.0.1:15771,127.0.0.1:15772,127.0.0.1:15773";
  private static Node keysNode;
  private static Node g1;
  private static Node g2;

  @BeforeAll
  static void start() {
    keysNode = TestNodes.embedded(env("keys,props", "15771"));
    g1 = TestNodes.embedded(env("gateway", "15772"));
    g2 = TestNodes.embedded(env("gateway", "15773"));
  }

  @AfterAll
  static void stop() {
    for (Node n : new Node[] {g2, g1, keysNode}) {
      if (n != null) {
        Await.result(n.stop());
      }
    }
  }

  private static Map<String, String> env(String roles, String port) {
    Map<String, String> env = new HashMap<>(Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", port, "BB_BUS_TIMEOUT_MS", "3000", "BB_PLATFORM_TIMEOUT_MS", "2000", "BB_ROLES", roles));
    env.put("BB_SYNTH_DAYS", "3");
    return env;
  }

  @Test
  @DisplayName("G1 creates the key, G2 accepts it for GET /props, G1 revokes it, G2 answers 401 on the next request")
  void revocationIsClusterWide() {
    ApiClient viaG1 = new ApiClient(g1.vertx(), g1.httpPort(), g1.devToken("cluster-owner", Tier.PRO));
    JsonObject made = viaG1.post("/keys", new JsonObject().put("name", "c").put("scopes", new JsonArray().add("all"))
        .toBuffer()).bodyAsJsonObject();
    String key = made.getString("key");
    ApiClient keyOnG2 = new ApiClient(g2.vertx(), g2.httpPort(), key);
    assertThat(keyOnG2.get("/props?limit=1").statusCode()).isEqualTo(200);
    assertThat(viaG1.delete("/keys/" + made.getString("id")).statusCode()).isEqualTo(204);
    assertThat(keyOnG2.get("/props?limit=1").statusCode()).isEqualTo(401);
  }
}
