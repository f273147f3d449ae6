package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("POST /props/refresh against a local server standing in for the platforms")
class PropsRefreshIT {

  private static Vertx platformsVertx;
  private static HttpServer platforms;
  private static final AtomicReference<String> prizePicksMode = new AtomicReference<>("ok");
  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    platformsVertx = Vertx.vertx();
    Buffer pp = Buffer.buffer(Fixtures.bytes("prizepicks-nba-2023-12-14.json"));
    Buffer ud = Buffer.buffer(Fixtures.bytes("underdog-nba-2023-12-27.json"));
    platforms = Await.result(platformsVertx.createHttpServer().requestHandler(req -> {
      if (req.path().equals("/underdog")) {
        req.response().end(ud);
        return;
      }
      switch (prizePicksMode.get()) {
        case "ok" -> req.response().end(pp);
        case "error" -> req.response().setStatusCode(500).end("upstream exploded");
        default -> { } // "hang": never answer, the client must time out
      }
    }).listen(0, "127.0.0.1"));
    String base = "http://127.0.0.1:" + platforms.actualPort();
    node = TestNodes.embedded(Map.of(
        "BB_PRIZEPICKS_URL", base + "/prizepicks",
        "BB_UNDERDOG_URL", base + "/underdog",
        "BB_PLATFORM_TIMEOUT_MS", "700",
        "BB_SYNTH_DAYS", "3"));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
    Await.result(platformsVertx.close());
  }

  @BeforeEach
  void healthyPlatforms() {
    prizePicksMode.set("ok");
  }

  @Test
  @DisplayName("refreshing every platform imports both boards; a second refresh changes nothing")
  void refreshAll() {
    HttpResponse<Buffer> first = api.post("/props/refresh", null);
    assertThat(first.statusCode()).as(first.bodyAsString()).isEqualTo(200);
    var results = first.bodyAsJsonObject().getJsonArray("results");
    assertThat(results).hasSize(2);
    JsonObject second = api.post("/props/refresh", null).bodyAsJsonObject();
    for (Object r : second.getJsonArray("results")) {
      assertThat(((JsonObject) r).getInteger("imported")).isZero();
      assertThat(((JsonObject) r).getInteger("updated")).isZero();
    }
  }

  @Test
  @DisplayName("a platform answering 500 is a 502 naming it, and stored props stay as they were")
  void upstreamError() {
    long before = total();
    prizePicksMode.set("error");
    HttpResponse<Buffer> resp = api.post("/props/refresh", null);
    assertThat(resp.statusCode()).isEqualTo(502);
    assertThat(resp.bodyAsJsonObject().getString("message")).contains("prizepicks").contains("500");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  @DisplayName("a platform that never answers is a 504 within the configured timeout")
  void upstreamTimeout() {
    long before = total();
    prizePicksMode.set("hang");
    long started = System.nanoTime();
    HttpResponse<Buffer> resp = api.post("/props/refresh?platform=prizepicks", null);
    assertThat(resp.statusCode()).isEqualTo(504);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    assertThat(total()).isEqualTo(before);
  }

  @Test
  @DisplayName("an unknown platform is a 400 naming the field")
  void unknownPlatform() {
    HttpResponse<Buffer> resp = api.post("/props/refresh?platform=draftkings", null);
    assertThat(resp.statusCode()).isEqualTo(400);
    assertThat(resp.bodyAsJsonObject().getString("field")).isEqualTo("platform");
  }

  private static long total() {
    return api.ok("/props?limit=1").getLong("total");
  }
}
