package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.app.Repositories;
import com.betterbros.props.app.SeasonLoader;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.store.PgConfig;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.RedisProcess;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@DisplayName("Production mode: real PostgreSQL, real Redis, hs256 auth, a Redis outage")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeIT {

  private static final String SECRET = "an-hs256-secret-of-at-least-32-bytes!!";
  private static RedisProcess redis;
  private static Node node;
  private static ApiClient api;
  private static ApiClient operator;
  private static String team;

  @BeforeAll
  static void start() throws Exception {
    redis = RedisProcess.start();
    String pgUrl = TestDatabase.freshDatabase("betterbros_test_production");
    Vertx seeder = Vertx.vertx();
    try {
      PgStore store = Await.result(PgStore.open(seeder, PgConfig.fromJson(new JsonObject().put("url", pgUrl))), 120);
      Await.result(SeasonLoader.generateAndLoad(seeder, Repositories.postgres(store.pool()), 42, 8), 300);
      Await.result(store.close());
    } finally {
      Await.result(seeder.close());
    }
    Map<String, String> env = new HashMap<>();
    env.put("BB_STORE", "postgres");
    env.put("BB_PG_URL", pgUrl);
    env.put("BB_REDIS_URL", redis.url());
    env.put("BB_REDIS_TIMEOUT_MS", "300");
    env.put("BB_RATELIMIT_REDIS_TIMEOUT_MS", "300"); // the limiter's 50 ms default can trip on a loaded test machine
    env.put("BB_AUTH_MODE", "hs256");
    env.put("BB_AUTH_HS256_SECRET", SECRET);
    node = TestNodes.embedded(env);
    api = new ApiClient(node.vertx(), node.httpPort(),
        TokenMinter.mint(SECRET, "user-1", Tier.PRO, Duration.ofMinutes(10), null, null));
    // imports change the shared board: an operator role claim on a pro token is enough
    operator = api.withToken(TokenMinter.sign(SECRET, new JsonObject().put("sub", "ops-1").put("tier", "pro")
        .put("role", "operator").put("iat", System.currentTimeMillis() / 1000)
        .put("exp", System.currentTimeMillis() / 1000 + 600)));
    team = api.ok("/history/teams").getJsonArray("items").getJsonObject(0).getString("id");
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      Await.result(node.stop());
    }
    redis.close();
  }

  @Test
  @Order(1)
  @DisplayName("health reports postgres and redis up")
  void healthUp() {
    JsonObject health = api.ok("/health");
    assertThat(health.getString("status")).isEqualTo("up");
    assertThat(health.getString("mode")).isEqualTo("production");
    assertThat(health.getJsonObject("store").getString("kind")).isEqualTo("postgres");
    assertThat(health.getJsonObject("store").getString("status")).isEqualTo("up");
    assertThat(health.getJsonObject("cache").getString("kind")).isEqualTo("redis");
    assertThat(health.getJsonObject("cache").getString("status")).isEqualTo("up");
  }

  @Test
  @Order(2)
  @DisplayName("seeded props and history are served from PostgreSQL")
  void servesSeededData() {
    assertThat(api.ok("/props?limit=1").getLong("total")).isPositive();
    assertThat(api.ok("/history/teams").getJsonArray("items")).hasSize(30);
    Buffer feed = Buffer.buffer(Fixtures.bytes("prizepicks-nba-2023-12-14.json"));
    JsonObject first = operator.post("/props/import?platform=prizepicks", feed).bodyAsJsonObject();
    JsonObject again = operator.post("/props/import?platform=prizepicks", feed).bodyAsJsonObject();
    assertThat(first.getInteger("imported")).isPositive();
    assertThat(again.getInteger("unchanged")).isEqualTo(first.getInteger("imported"));
  }

  @Test
  @Order(3)
  @DisplayName("team context is cached in Redis under a versioned key with a 15-minute TTL")
  void cachedInRedis() {
    JsonObject first = api.ok("/context/teams/" + team);
    JsonObject second = api.ok("/context/teams/" + team);
    assertThat(second).isEqualTo(first);
    Vertx vertx = Vertx.vertx();
    try {
      Redis client = Redis.createClient(vertx, redis.url());
      // the key carries the generation that an injuries save bumps ("0" before any)
      var generation = Await.result(client.send(Request.cmd(Command.GET).arg("ctx:generation")));
      String key = "ctx:v1:" + (generation == null ? "0" : generation.toString()) + ":team:" + team + ":latest";
      assertThat(Await.result(client.send(Request.cmd(Command.EXISTS).arg(key))).toInteger()).isEqualTo(1);
      long ttl = Await.result(client.send(Request.cmd(Command.PTTL).arg(key))).toLong();
      assertThat(ttl).isBetween(Duration.ofMinutes(14).toMillis(), Duration.ofMinutes(15).toMillis());
    } finally {
      Await.result(vertx.close());
    }
  }

  @Test
  @Order(4)
  @DisplayName("with Redis stopped, requests still succeed uncached and health says degraded")
  void redisOutage() throws Exception {
    redis.kill();
    String other = api.ok("/history/teams").getJsonArray("items").getJsonObject(1).getString("id");
    JsonObject context = api.ok("/context/teams/" + other);
    assertThat(context.getString("team")).isEqualTo(other);
    assertThat(api.ok("/props?limit=1").getLong("total")).isPositive();
    var resp = api.get("/health");
    assertThat(resp.statusCode()).isEqualTo(200);
    JsonObject health = resp.bodyAsJsonObject();
    assertThat(health.getString("status")).isEqualTo("degraded");
    assertThat(health.getJsonObject("cache").getString("status")).isEqualTo("down");
  }
}
