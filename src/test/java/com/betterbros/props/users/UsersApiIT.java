package com.betterbros.props.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.RedisProcess;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Users over real HTTP: a PostgreSQL node with Redis (rows checked with SQL too), and an embedded
 * node without Redis, each driven by hs256 tokens carrying the claims under test.
 */
@DisplayName("Users: created on first sight, tier of the current token, deactivation is a 403, usage today")
class UsersApiIT {

  private static final String SECRET = "users-api-it-secret-0123456789abcdef-xyz";

  static String token(String sub, String tier, String email, String role) {
    long now = System.currentTimeMillis() / 1000;
    JsonObject claims = new JsonObject().put("sub", sub).put("tier", tier).put("iat", now).put("exp", now + 600);
    if (email != null) {
      claims.put("email", email);
    }
    if (role != null) {
      claims.put("role", role);
    }
    return TokenMinter.sign(SECRET, claims);
  }

  private static Node start(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_SYNTH_DAYS", "3"));
    env.putAll(extra);
    return TestNodes.embedded(env);
  }

  private static Row row(Pool pool, String id) {
    var rows = Await.result(pool.preparedQuery("SELECT tier, email, active FROM users WHERE id = $1").execute(Tuple.of(id)));
    return rows.size() == 0 ? null : rows.iterator().next();
  }

  @Test
  @DisplayName("PostgreSQL + Redis: first sight, tier updates, admin deactivates (403, /auth/me too) and reactivates")
  void postgres() throws Exception {
    String url = TestDatabase.freshDatabase("betterbros_test_users_api");
    try (RedisProcess redis = RedisProcess.start()) {
      Node node = start(Map.of("BB_STORE", "postgres", "BB_PG_URL", url, "BB_REDIS_URL", redis.url(),
          "BB_RATELIMIT_REDIS_TIMEOUT_MS", "2000"));
      Vertx vertx = Vertx.vertx();
      Pool pool = PgBuilder.pool().connectingTo(url).using(vertx).build();
      try {
        ApiClient user = new ApiClient(node.vertx(), node.httpPort(), token("u-1", "free", "u1@example.com", null));
        ApiClient admin = user.withToken(token("boss", "free", null, "admin"));
        assertThat(row(pool, "u-1")).as("no row before the first request").isNull();
        assertThat(user.get("/props?limit=1").statusCode()).isEqualTo(200);
        assertThat(row(pool, "u-1").getString("tier")).isEqualTo("free");
        assertThat(row(pool, "u-1").getString("email")).isEqualTo("u1@example.com");
        JsonObject stored = admin.ok("/admin/users/u-1");
        assertThat(stored.getString("tier")).isEqualTo("free");
        assertThat(stored.getBoolean("active")).isTrue();
        assertThat(stored.getString("created")).isNotNull();

        ApiClient asPro = user.withToken(token("u-1", "pro", "u1@example.com", null));
        assertThat(asPro.get("/props?limit=1").statusCode()).isEqualTo(200);
        assertThat(row(pool, "u-1").getString("tier")).as("the current token's tier").isEqualTo("pro");
        assertThat(admin.ok("/admin/users/u-1").getString("tier")).isEqualTo("pro");

        badPatches(user, admin, () -> row(pool, "u-1").getBoolean("active"));
        deactivateAndBack(asPro, admin, () -> row(pool, "u-1").getBoolean("active"));
        usageGrows(asPro, "redis");
      } finally {
        Await.result(pool.close());
        Await.result(vertx.close());
        Await.result(node.stop());
      }
    }
  }

  @Test
  @DisplayName("embedded (memory, no Redis): the same admin surface, and usage today counted by the node")
  void embedded() {
    Node node = start(Map.of());
    try {
      ApiClient user = new ApiClient(node.vertx(), node.httpPort(), token("e-1", "pro", null, null));
      ApiClient admin = user.withToken(token("root", "enterprise", null, "admin"));
      assertThat(user.get("/props?limit=1").statusCode()).isEqualTo(200);
      JsonObject listed = admin.ok("/admin/users?active=true&limit=10");
      assertThat(listed.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("user_id")))
          .contains("e-1", "root");
      badPatches(user, admin, () -> admin.ok("/admin/users/e-1").getBoolean("active"));
      deactivateAndBack(user, admin, () -> admin.ok("/admin/users/e-1").getBoolean("active"));
      usageGrows(user, "local");
      // an access key acts for its owner: refused too while the owner is deactivated
      String key = user.post("/keys", new JsonObject().put("name", "k").put("scopes", new io.vertx.core.json.JsonArray()
          .add("read")).toBuffer()).bodyAsJsonObject().getString("key");
      ApiClient viaKey = user.withToken(key);
      assertThat(viaKey.get("/props?limit=1").statusCode()).isEqualTo(200);
      assertThat(admin.patch("/admin/users/e-1", new JsonObject().put("active", false).toBuffer()).statusCode())
          .isEqualTo(200);
      HttpResponse<Buffer> refused = viaKey.get("/props?limit=1");
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.bodyAsJsonObject().getString("message")).isEqualTo("this account is deactivated");
      assertThat(admin.patch("/admin/users/e-1", new JsonObject().put("active", true).toBuffer()).statusCode())
          .isEqualTo(200);
      assertThat(viaKey.get("/props?limit=1").statusCode()).isEqualTo(200);
      assertThat(admin.ok("/admin/users/e-1").getString("tier")).as("a key's request records no tier").isEqualTo("pro");
    } finally {
      Await.result(node.stop());
    }
  }

  /** Non-admins get 403, bad bodies 400 naming the field, an unknown user 404: and the row stays active. */
  private static void badPatches(ApiClient user, ApiClient admin, java.util.function.Supplier<Boolean> active) {
    String id = "/admin/users/" + idOf(user);
    assertThat(user.get("/admin/users").statusCode()).isEqualTo(403);
    HttpResponse<Buffer> selfService = user.patch(id, new JsonObject().put("active", false).toBuffer());
    assertThat(selfService.statusCode()).isEqualTo(403);
    assertThat(selfService.bodyAsJsonObject().getString("message")).contains("admin role");
    assertBad(admin.patch(id, new JsonObject().put("active", "no").toBuffer()), "active");
    assertBad(admin.patch(id, new JsonObject().put("active", false).put("tier", "enterprise").toBuffer()), "tier");
    assertBad(admin.patch(id, new JsonObject().toBuffer()), "active");
    assertBad(admin.patch(id, Buffer.buffer("[false]")), "body");
    assertBad(admin.patch(id, Buffer.buffer("{\"active\": fals")), "body");
    assertBad(admin.get("/admin/users?active=maybe"), "active");
    assertThat(admin.patch("/admin/users/nobody", new JsonObject().put("active", false).toBuffer()).statusCode())
        .isEqualTo(404);
    assertThat(admin.get("/admin/users/nobody").statusCode()).isEqualTo(404);
    assertThat(active.get()).as("bad input changed nothing").isTrue();
  }

  private static String idOf(ApiClient user) {
    return user.ok("/auth/me").getString("user_id");
  }

  /** Deactivated: the next request (also /auth/me) is a 403; reactivated: 200 again. */
  private static void deactivateAndBack(ApiClient user, ApiClient admin, java.util.function.Supplier<Boolean> active) {
    String id = idOf(user);
    HttpResponse<Buffer> off = admin.patch("/admin/users/" + id, new JsonObject().put("active", false).toBuffer());
    assertThat(off.statusCode()).as(off.bodyAsString()).isEqualTo(200);
    assertThat(off.bodyAsJsonObject().getBoolean("active")).isFalse();
    assertThat(active.get()).isFalse();
    for (String uri : new String[] {"/props?limit=1", "/auth/me"}) {
      HttpResponse<Buffer> refused = user.get(uri);
      assertThat(refused.statusCode()).as(uri).isEqualTo(403);
      assertThat(refused.bodyAsJsonObject()).isEqualTo(new JsonObject().put("error", "forbidden")
          .put("message", "this account is deactivated"));
    }
    assertThat(admin.ok("/admin/users?active=false").getJsonArray("items").stream()
        .map(o -> ((JsonObject) o).getString("user_id"))).containsExactly(id);
    assertThat(admin.patch("/admin/users/" + id, new JsonObject().put("active", true).toBuffer()).statusCode())
        .isEqualTo(200);
    assertThat(user.get("/props?limit=1").statusCode()).isEqualTo(200);
    JsonObject me = user.ok("/auth/me");
    assertThat(me.getBoolean("active")).isTrue();
    assertThat(me.getBoolean("account_stored")).isTrue();
  }

  /** usage_today grows by exactly the requests made (the /auth/me reading it counts too). */
  private static void usageGrows(ApiClient user, String source) {
    JsonObject before = user.ok("/auth/me").getJsonObject("usage_today");
    assertThat(before.getString("source")).isEqualTo(source);
    assertThat(before.getString("date")).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    for (int i = 0; i < 7; i++) {
      assertThat(user.get("/props?limit=1").statusCode()).isEqualTo(200);
    }
    JsonObject after = user.ok("/auth/me").getJsonObject("usage_today");
    assertThat(after.getLong("requests")).isEqualTo(before.getLong("requests") + 8);
    assertThat(after.getJsonObject("by_group").getLong("default"))
        .isEqualTo(before.getJsonObject("by_group").getLong("default") + 8);
    assertThat(after.getLong("requests")).isEqualTo(after.getJsonObject("by_group").stream()
        .mapToLong(e -> ((Number) e.getValue()).longValue()).sum());
  }

  private static void assertBad(HttpResponse<Buffer> r, String field) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(400);
    assertThat(r.bodyAsJsonObject().getString("field")).isEqualTo(field);
  }
}
