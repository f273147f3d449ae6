package com.betterbros.props.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.keys.core.Sealed;
import com.betterbros.props.keys.core.SecretBox;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /keys on PostgreSQL: no plaintext key or secret in any column, a master key rotation across a
 * restart (new key + previous key), and a node that refuses to start without the secrets.
 */
@DisplayName("API keys on PostgreSQL: nothing in clear at rest, master key rotation, no start without the secrets")
class KeysPgIT {

  private static final String SECRET = "provider-secret-5e4d3c2b1a";
  private static final String NEW_MASTER = Base64.getEncoder().encodeToString(
      "a-second-master-key-of-32-bytes!".getBytes(StandardCharsets.UTF_8));

  private static Node start(String url, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("BB_STORE", "postgres", "BB_PG_URL", url));
    env.putAll(extra);
    return TestNodes.embedded(env);
  }

  /** Every row of the table, all columns as PostgreSQL's text form (bytea as hex) and as raw bytea strings. */
  private static String dump(Pool pool, String table) {
    StringBuilder out = new StringBuilder();
    for (Row r : Await.result(pool.query("SELECT t::text FROM " + table + " t").execute())) {
      out.append(r.getString(0)).append('\n');
    }
    return out.toString();
  }

  @Test
  @DisplayName("the tables hold hashes and ciphertexts only; after a rotation every row opens under the new master key")
  void atRestAndRotation() {
    String url = TestDatabase.freshDatabase("betterbros_test_keys_at_rest");
    Node node = start(url, Map.of());
    String key;
    String credentialId;
    try {
      ApiClient pro = new ApiClient(node.vertx(), node.httpPort(), node.devToken("pg-owner", Tier.PRO));
      key = pro.post("/keys", new JsonObject().put("name", "k").put("scopes", new JsonArray().add("all")).toBuffer())
          .bodyAsJsonObject().getString("key");
      credentialId = pro.post("/keys/providers", new JsonObject().put("provider", "odds").put("name", "n")
          .put("secret", SECRET).toBuffer()).bodyAsJsonObject().getString("id");
      assertThat(pro.withToken(key).get("/props?limit=1").statusCode()).isEqualTo(200);
    } finally {
      Await.result(node.stop());
    }
    Vertx vertx = Vertx.vertx();
    Pool pool = PgBuilder.pool().connectingTo(url).using(vertx).build();
    try {
      String all = dump(pool, "api_keys") + dump(pool, "provider_credentials");
      String hex = java.util.HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8));
      assertThat(all).contains("pg-owner").doesNotContain(key).doesNotContain(key.substring(8))
          .doesNotContain(SECRET).doesNotContainIgnoringCase(hex);

      Node rotated = start(url, Map.of("BB_KEYS_MASTER_KEY", NEW_MASTER,
          "BB_KEYS_MASTER_KEY_PREVIOUS", TestNodes.PG_KEYS.get("BB_KEYS_MASTER_KEY")));
      try {
        ApiClient boss = new ApiClient(rotated.vertx(), rotated.httpPort(), rotated.devToken("boss", Tier.ENTERPRISE));
        JsonObject first = boss.post("/keys/rotate-master", Buffer.buffer()).bodyAsJsonObject();
        assertThat(first.getInteger("rotated")).as(first.encode()).isEqualTo(1);
        assertThat(first.getInteger("unreadable")).isZero();
        assertThat(boss.post("/keys/rotate-master", Buffer.buffer()).bodyAsJsonObject().getInteger("rotated")).isZero();
        assertThat(boss.withToken(key).get("/props?limit=1").statusCode()).as("same pepper: the key still works")
            .isEqualTo(200);
      } finally {
        Await.result(rotated.stop());
      }
      Row row = Await.result(pool.preparedQuery("SELECT user_id, nonce, ciphertext, key_version FROM provider_credentials"
          + " WHERE id = $1").execute(Tuple.of(credentialId))).iterator().next();
      SecretBox box = new SecretBox(Base64.getDecoder().decode(NEW_MASTER), new SecureRandom());
      Sealed sealed = new Sealed(row.getBuffer("nonce").getBytes(), row.getBuffer("ciphertext").getBytes(),
          row.getString("key_version"));
      assertThat(sealed.keyVersion()).isEqualTo(box.version());
      assertThat(new String(box.open(sealed, SecretBox.aad("pg-owner", credentialId)), StandardCharsets.UTF_8))
          .isEqualTo(SECRET);
    } finally {
      Await.result(pool.close());
      Await.result(vertx.close());
    }
  }

  @Test
  @DisplayName("with PostgreSQL and no BB_KEYS_MASTER_KEY the node refuses to start, naming the variable")
  void refusesWithoutMasterKey() {
    String url = TestDatabase.freshDatabase("betterbros_test_keys_no_master");
    Map<String, String> env = new HashMap<>(Map.of("BB_STORE", "postgres", "BB_PG_URL", url, "BB_HTTP_PORT", "0",
        "BB_KEYS_PEPPER", "a-pepper-of-more-than-16-bytes", "BB_KEYS_MASTER_KEY", ""));
    Throwable failure = Await.failure(Node.start(TestNodes.config(env)));
    assertThat(failure.getMessage()).contains("BB_KEYS_MASTER_KEY").doesNotContain("BB_KEYS_PEPPER");
  }
}
