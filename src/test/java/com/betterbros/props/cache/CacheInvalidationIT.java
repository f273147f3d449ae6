package com.betterbros.props.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.context.core.Injury;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.RedisProcess;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * POST /admin/cache/invalidate over real HTTP: a team context cached before an injury was written
 * straight to the store (behind the service's back, so nothing bumps the cache) stays stale until
 * the context cache is invalidated, then shows it; with the in-process cache and with Redis.
 */
@DisplayName("Cache invalidation: a stale cached answer is recomputed after POST /admin/cache/invalidate")
class CacheInvalidationIT {

  private static final String SECRET = "cache-invalidation-it-secret-0123456789ab";

  private static ApiClient client(Node node, String sub, Tier tier) {
    return new ApiClient(node.vertx(), node.httpPort(), TokenMinter.mint(SECRET, sub, tier, Duration.ofMinutes(10),
        null, null));
  }

  private static Node start(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_SYNTH_DAYS", "3"));
    env.putAll(extra);
    return TestNodes.embedded(env);
  }

  private static HttpResponse<Buffer> invalidate(ApiClient who, String domain) {
    return who.post("/admin/cache/invalidate", new JsonObject().put("domain", domain).toBuffer());
  }

  /** The context is cached; a spell written to the store is invisible until the invalidation. */
  private static void staleUntilInvalidated(Node node, String expectedCache) {
    ApiClient admin = client(node, "ops", Tier.ENTERPRISE);
    JsonObject before = admin.ok("/context/teams/DEN");
    assertThat(before.encode()).doesNotContain("someone-new");
    Await.result(node.stores().context().saveInjuries(List.of(new Injury("someone-new", "Someone New", "DEN",
        LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), "out", "written behind the cache"))));
    assertThat(admin.ok("/context/teams/DEN")).as("served from the cache").isEqualTo(before);

    HttpResponse<Buffer> done = invalidate(admin, "context");
    assertThat(done.statusCode()).as(done.bodyAsString()).isEqualTo(200);
    JsonObject reply = done.bodyAsJsonObject();
    assertThat(reply.getString("domain")).isEqualTo("context");
    assertThat(reply.getJsonArray("invalidated").getList()).containsExactly("context");
    assertThat(reply.getJsonArray("prefixes").getList()).containsExactly("ctx:");
    assertThat(reply.getString("cache")).isEqualTo(expectedCache);
    assertThat(reply.getLong("entries_deleted")).isGreaterThanOrEqualTo(1);
    assertThat(reply.getBoolean("history_snapshots")).isFalse();
    assertThat(reply.getString("event")).isEqualTo("cache.events.invalidated");

    assertThat(admin.ok("/context/teams/DEN").encode()).as("recomputed").contains("someone-new");
  }

  @Test
  @DisplayName("in-process cache: stale until invalidated, then recomputed; free and pro 403, a bad or missing "
      + "domain 400 naming the valid ones, the operator role allowed, all covers every domain")
  void inProcess() {
    Node node = start(Map.of());
    try {
      staleUntilInvalidated(node, "in_process");
      for (Tier tier : new Tier[] {Tier.FREE, Tier.PRO}) {
        HttpResponse<Buffer> r = invalidate(client(node, "u-" + tier, tier), "context");
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(403);
        assertThat(r.bodyAsJsonObject().getString("error")).isEqualTo("forbidden");
      }
      ApiClient admin = client(node, "ops", Tier.ENTERPRISE);
      HttpResponse<Buffer> bad = invalidate(admin, "everything");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.bodyAsJsonObject().getString("field")).isEqualTo("domain");
      assertThat(bad.bodyAsJsonObject().getString("message")).contains("'everything'")
          .contains("features, predictions, corr, context, history, all");
      HttpResponse<Buffer> missing = admin.post("/admin/cache/invalidate", new JsonObject().toBuffer());
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(missing.bodyAsJsonObject().getString("field")).isEqualTo("domain");

      long now = System.currentTimeMillis() / 1000;
      ApiClient operator = new ApiClient(node.vertx(), node.httpPort(), TokenMinter.sign(SECRET, new JsonObject()
          .put("sub", "ops2").put("tier", "free").put("role", "operator").put("iat", now).put("exp", now + 600)));
      JsonObject all = invalidate(operator, "all").bodyAsJsonObject();
      assertThat(all.getJsonArray("invalidated").getList())
          .containsExactly("features", "predictions", "corr", "context", "history");
      assertThat(all.getJsonArray("prefixes").getList()).containsExactly("feat:", "pred:", "corr:", "ctx:");
      assertThat(all.getBoolean("history_snapshots")).isTrue();
      assertThat(client(node, "ops", Tier.ENTERPRISE).ok("/context/teams/DEN").encode()).contains("someone-new");
    } finally {
      Await.result(node.stop());
    }
  }

  @Test
  @DisplayName("Redis cache: the keys are deleted in Redis (SCAN + UNLINK) and the answer recomputed")
  void redis() throws Exception {
    try (RedisProcess redis = RedisProcess.start()) {
      Node node = start(Map.of("BB_REDIS_URL", redis.url()));
      try {
        staleUntilInvalidated(node, "redis");
      } finally {
        Await.result(node.stop());
      }
    }
  }
}
