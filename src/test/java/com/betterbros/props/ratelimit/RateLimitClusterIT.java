package com.betterbros.props.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.RedisProcess;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three gateway nodes sharing one throwaway redis-server, a pro budget of 20 requests a minute on
 * the default group (GCRA: T = 3 s), requests spread round-robin over the nodes through real HTTP.
 */
@DisplayName("Rate limits across 3 nodes sharing one Redis, and the local fallback when Redis stops")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitClusterIT {

  private static final String SECRET = "a-rate-limit-test-secret-of-32-bytes-or-more";
  private static final int BUDGET = 20;
  private static final long T_MS = 60_000 / BUDGET;
  private static RedisProcess redis;
  private static final List<Node> nodes = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    redis = RedisProcess.start();
    Map<String, String> env = Map.of(
        "BB_ROLES", "gateway",
        "BB_REDIS_URL", redis.url(),
        "BB_AUTH_MODE", "hs256",
        "BB_AUTH_HS256_SECRET", SECRET,
        "BB_RATELIMIT_DEFAULT_PRO", String.valueOf(BUDGET),
        "BB_RATELIMIT_HEAVY_PRO", "3",
        // the default 50 ms is for production; on a loaded test machine a slow answer would be
        // counted locally (by design), which is not what this test measures
        "BB_RATELIMIT_REDIS_TIMEOUT_MS", "2000");
    for (int i = 0; i < 3; i++) {
      nodes.add(TestNodes.embedded(env));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (Node n : nodes) {
      Await.result(n.stop());
    }
    if (redis != null) {
      redis.close();
    }
  }

  private static List<ApiClient> clients(String user, Tier tier) {
    String token = TokenMinter.mint(SECRET, user, tier, Duration.ofMinutes(10), null, null);
    return nodes.stream().map(n -> new ApiClient(n.vertx(), n.httpPort(), token)).toList();
  }

  /** {@code count} GETs round-robin over the nodes: the statuses, in order, and the elapsed ms. */
  private static Round roundRobin(List<ApiClient> clients, String uri, int count) {
    List<HttpResponse<Buffer>> responses = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      responses.add(clients.get(i % clients.size()).get(uri));
    }
    return new Round(responses, (System.nanoTime() - start) / 1_000_000);
  }

  private record Round(List<HttpResponse<Buffer>> responses, long elapsedMs) {
    long count(int status) {
      return responses.stream().filter(r -> r.statusCode() == status).count();
    }
  }

  @Test
  @Order(1)
  @DisplayName("exactly the budget passes over 3 nodes; the rest are 429 with Retry-After and RateLimit-* headers")
  void sharedBudget() {
    List<ApiClient> clients = clients("user-shared", Tier.PRO);
    for (ApiClient c : clients) {
      assertThat(c.ok("/health").getJsonObject("ratelimit").getString("backend")).isEqualTo("redis");
    }
    Round round = roundRobin(clients, "/auth/me", 45);
    // GCRA: n at once, then one more per T (Gcra); the round takes well under T here
    long refills = round.elapsedMs() / T_MS;
    assertThat(round.count(200)).as("passed in %d ms", round.elapsedMs()).isBetween((long) BUDGET, BUDGET + refills);
    assertThat(round.count(429)).isEqualTo(45 - round.count(200));
    HttpResponse<Buffer> first = round.responses().get(0);
    assertThat(first.getHeader("RateLimit-Limit")).isEqualTo("20");
    assertThat(first.getHeader("RateLimit-Remaining")).isEqualTo("19");
    assertThat(Long.parseLong(first.getHeader("RateLimit-Reset"))).isBetween(1L, 60L);
    HttpResponse<Buffer> refused = round.responses().get(44);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.bodyAsJsonObject().getString("error")).isEqualTo("too_many_requests");
    assertThat(refused.bodyAsJsonObject().getString("message")).contains("20 requests per minute");
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, T_MS / 1000);
    assertThat(refused.getHeader("RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.getHeader("RateLimit-Limit")).isEqualTo("20");
  }

  @Test
  @Order(2)
  @DisplayName("another user, and another route group of the same user, have budgets of their own")
  void separateBudgets() {
    List<ApiClient> other = clients("user-other", Tier.PRO);
    JsonObject me = other.get(1).ok("/auth/me");
    assertThat(me.getString("user_id")).isEqualTo("user-other");
    assertThat(me.getString("tier")).isEqualTo("pro");
    assertThat(me.getString("backend")).isEqualTo("redis");
    assertThat(me.getJsonObject("limits").getJsonObject("default").getInteger("per_minute")).isEqualTo(20);
    assertThat(me.getJsonObject("limits").getJsonObject("heavy").getInteger("per_minute")).isEqualTo(3);
    // /auth/me itself was counted: 19 left, read without counting
    assertThat(me.getJsonObject("usage").getJsonObject("default").getInteger("remaining")).isEqualTo(19);
    assertThat(me.getJsonObject("usage").getJsonObject("heavy").getInteger("remaining")).isEqualTo(3);
    // counted in Redis with the rate limit: the same count whichever node answers
    JsonObject today = other.get(2).ok("/auth/me").getJsonObject("usage_today");
    assertThat(today.getString("source")).isEqualTo("redis");
    assertThat(today.getLong("requests")).isEqualTo(2);
    assertThat(today.getJsonObject("by_group").getLong("default")).isEqualTo(2);
    List<ApiClient> shared = clients("user-shared", Tier.PRO);
    // user-shared's default budget is spent, its heavy one is not: POST /optimize/slips counts as heavy
    HttpResponse<Buffer> heavy = shared.get(0).post("/optimize/slips", Buffer.buffer("{}"));
    assertThat(heavy.statusCode()).isNotEqualTo(429);
    assertThat(heavy.getHeader("RateLimit-Limit")).isEqualTo("3");
    assertThat(heavy.getHeader("RateLimit-Remaining")).isEqualTo("2");
  }

  @Test
  @Order(3)
  @DisplayName("health, metrics and the docs are never limited nor carry RateLimit headers")
  void exemptRoutes() {
    ApiClient spent = clients("user-shared", Tier.PRO).get(2);
    for (String uri : List.of("/health", "/metrics", "/openapi.yaml")) {
      HttpResponse<Buffer> r = spent.get(uri);
      assertThat(r.statusCode()).as(uri).isEqualTo(200);
      assertThat(r.getHeader("RateLimit-Limit")).as(uri).isNull();
    }
    assertThat(spent.ok("/health").getJsonObject("ratelimit"))
        .isEqualTo(new JsonObject().put("status", "up").put("backend", "redis"));
  }

  @Test
  @Order(4)
  @DisplayName("with Redis stopped each node limits locally: no 5xx, never unlimited, health degraded")
  void redisDown() throws Exception {
    redis.kill();
    // before any counted request: /health's own probe sees the outage
    JsonObject idle = clients("nobody-yet", Tier.PRO).get(0).ok("/health");
    assertThat(idle.getString("status")).isEqualTo("degraded");
    assertThat(idle.getJsonObject("ratelimit").getString("backend")).isEqualTo("local");
    Round round = roundRobin(clients("user-after-outage", Tier.PRO), "/auth/me", 75);
    assertThat(round.responses()).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 429));
    // 25 requests reach each node, whose local budget is 20 (+ one per T elapsed)
    long refills = round.elapsedMs() / T_MS;
    assertThat(round.count(200)).as("passed in %d ms", round.elapsedMs())
        .isBetween(3L * BUDGET, 3L * (BUDGET + refills));
    assertThat(round.count(429)).isPositive();
    assertThat(round.responses().get(74).getHeader("Retry-After")).isNotNull();
    // usage today is this node's own count while Redis is down, and says so
    JsonObject usage = clients("usage-after-outage", Tier.PRO).get(1).ok("/auth/me").getJsonObject("usage_today");
    assertThat(usage.getString("source")).isEqualTo("local");
    assertThat(usage.getLong("requests")).as("the /auth/me request itself").isEqualTo(1);
    for (ApiClient c : clients("user-after-outage", Tier.PRO)) {
      HttpResponse<Buffer> health = c.get("/health");
      assertThat(health.statusCode()).isEqualTo(200);
      JsonObject body = health.bodyAsJsonObject();
      assertThat(body.getString("status")).isEqualTo("degraded");
      assertThat(body.getJsonObject("ratelimit").getString("status")).isEqualTo("degraded");
      assertThat(body.getJsonObject("ratelimit").getString("backend")).isEqualTo("local");
    }
  }
}
