package com.betterbros.props.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Three clustered nodes on 127.0.0.1: U runs the users and props domains, G1 and G2 only gateways.
 * A deactivation through G1 refuses the user on G2 at once (users.events.changed, not the 60 s
 * refresh), and with U gone G2 fails open: the deactivated user it knew stays refused, a user it
 * never saw passes with account_stored false.
 */
@DisplayName("Users across a cluster: deactivation reaches every gateway at once; a missing users service fails open")
class UsersClusterIT {

  private static final String MEMBERS = "127.0.0.1:15781,127.0.0.1:15782,127.0.0.1:15783";
  private static final String SECRET = "users-cluster-it-secret-0123456789abcdef";
  private static Node usersNode;
  private static Node g1;
  private static Node g2;

  @BeforeAll
  static void start() {
    usersNode = TestNodes.embedded(env("users,props", "15781"));
    g1 = TestNodes.embedded(env("gateway", "15782"));
    g2 = TestNodes.embedded(env("gateway", "15783"));
  }

  @AfterAll
  static void stop() {
    for (Node n : new Node[] {g2, g1, usersNode}) {
      if (n != null) {
        Await.result(n.stop());
      }
    }
  }

  private static Map<String, String> env(String roles, String port) {
    Map<String, String> env = new HashMap<>(Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", port, "BB_BUS_TIMEOUT_MS", "3000", "BB_PLATFORM_TIMEOUT_MS", "2000", "BB_ROLES", roles));
    env.putAll(Map.of("BB_SYNTH_DAYS", "3", "BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET));
    return env;
  }

  private static String token(String sub, String tier, String role) {
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject().put("sub", sub).put("tier", tier).put("iat", now).put("exp", now + 600);
    return TokenMinter.sign(SECRET, role == null ? claims : claims.put("role", role));
  }

  /** Polls {@code uri} until it answers {@code status}; the ms it took (fails after 2 s). */
  private static long until(ApiClient client, String uri, int status) {
    long start = System.nanoTime();
    HttpResponse<Buffer> r = client.get(uri);
    while (r.statusCode() != status && System.nanoTime() - start < 2_000_000_000L) {
      Await.sleep(20);
      r = client.get(uri);
    }
    assertThat(r.statusCode()).as("%s within 2 s: %s", uri, r.bodyAsString()).isEqualTo(status);
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  @DisplayName("deactivated through G1: 403 on G2 well before the cache refresh; back through G1: 200 on G2")
  void deactivationIsClusterWide() {
    ApiClient userOnG2 = new ApiClient(g2.vertx(), g2.httpPort(), token("cluster-user", "free", null));
    ApiClient adminOnG1 = new ApiClient(g1.vertx(), g1.httpPort(), token("cluster-admin", "free", "admin"));
    assertThat(userOnG2.get("/props?limit=1").statusCode()).isEqualTo(200);
    assertThat(adminOnG1.ok("/admin/users/cluster-user").getBoolean("active")).isTrue();
    assertThat(adminOnG1.patch("/admin/users/cluster-user", new JsonObject().put("active", false).toBuffer())
        .statusCode()).isEqualTo(200);
    assertThat(until(userOnG2, "/props?limit=1", 403)).as("ms until G2 refuses").isLessThan(2_000);
    assertThat(adminOnG1.patch("/admin/users/cluster-user", new JsonObject().put("active", true).toBuffer())
        .statusCode()).isEqualTo(200);
    until(userOnG2, "/props?limit=1", 200);

    // fail open: with the users node gone, G2 keeps what it knew and lets strangers in
    assertThat(adminOnG1.patch("/admin/users/cluster-user", new JsonObject().put("active", false).toBuffer())
        .statusCode()).isEqualTo(200);
    until(userOnG2, "/auth/me", 403);
    Await.result(usersNode.stop());
    usersNode = null;
    ApiClient upgraded = userOnG2.withToken(token("cluster-user", "pro", null));
    assertThat(upgraded.get("/auth/me").statusCode()).as("a changed tier asks the service, which is gone: last known state")
        .isEqualTo(403);
    JsonObject stranger = userOnG2.withToken(token("cluster-stranger", "free", null)).ok("/auth/me");
    assertThat(stranger.getBoolean("account_stored")).isFalse();
    assertThat(stranger.getBoolean("active")).isTrue();
    assertThat(stranger.getValue("created")).isNull();
  }
}
