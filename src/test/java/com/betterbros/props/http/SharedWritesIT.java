package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shared writes (props import/refresh, history import/sync, aliases, promotion) need enterprise or the operator role")
class SharedWritesIT {

  private static final String SECRET = "shared-writes-it-secret-0123456789abcdef";
  private static Node node;
  private static ApiClient free;
  private static ApiClient pro;
  private static ApiClient operator;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET,
        "BB_SYNTH_DAYS", "3", "BB_SYNTH_TRAIN_ON_START", "false"));
    free = new ApiClient(node.vertx(), node.httpPort(), mint("f", Tier.FREE));
    pro = free.withToken(mint("p", Tier.PRO));
    long now = System.currentTimeMillis() / 1000;
    operator = free.withToken(TokenMinter.sign(SECRET, new JsonObject().put("sub", "ops").put("tier", "free")
        .put("role", "operator").put("iat", now).put("exp", now + 600)));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("free and pro tokens get 403 JSON on every shared write, and the board is unchanged")
  void forbidden() {
    long before = free.ok("/props?limit=1").getLong("total");
    Buffer feed = Buffer.buffer(Fixtures.bytes(Fixtures.PRIZEPICKS));
    for (ApiClient who : new ApiClient[] {free, pro}) {
      assertForbidden(who.post("/props/import?platform=prizepicks", feed));
      assertForbidden(who.post("/props/refresh", null));
      assertForbidden(who.post("/history/import", Buffer.buffer("x")));
      assertForbidden(who.post("/history/sync", new JsonObject().toBuffer()));
      assertForbidden(who.post("/history/identities", new JsonObject().toBuffer()));
      assertForbidden(who.post("/experiments/nope/promote", null));
    }
    assertThat(free.ok("/props?limit=1").getLong("total")).isEqualTo(before);
  }

  @Test
  @DisplayName("a free token with role: operator may import props")
  void operatorImports() {
    HttpResponse<Buffer> r = operator.post("/props/import?platform=prizepicks",
        Buffer.buffer(Fixtures.bytes(Fixtures.PRIZEPICKS)));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    assertThat(r.bodyAsJsonObject().getInteger("imported")).isPositive();
  }

  private static void assertForbidden(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(403);
    JsonObject body = r.bodyAsJsonObject();
    assertThat(body.getString("error")).isEqualTo("forbidden");
    assertThat(body.getString("message")).contains("enterprise tier or the operator role");
  }

  private static String mint(String sub, Tier tier) {
    return TokenMinter.mint(SECRET, sub, tier, Duration.ofMinutes(10), null, null);
  }
}
