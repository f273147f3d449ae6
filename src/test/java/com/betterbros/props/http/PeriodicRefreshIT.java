package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The periodic refresh, switched on in config")
class PeriodicRefreshIT {

  @Test
  @DisplayName("with an interval set, the node fetches and imports the boards on its own")
  void refreshesOnItsOwn() throws InterruptedException {
    Vertx platformsVertx = Vertx.vertx();
    AtomicInteger hits = new AtomicInteger();
    Buffer pp = Buffer.buffer(Fixtures.bytes(Fixtures.PRIZEPICKS));
    HttpServer server = Await.result(platformsVertx.createHttpServer()
        .requestHandler(req -> {
          hits.incrementAndGet();
          req.response().end(pp);
        })
        .listen(0, "127.0.0.1"));
    Node node = TestNodes.embedded(Map.of(
        "BB_PRIZEPICKS_URL", "http://127.0.0.1:" + server.actualPort() + "/projections",
        "BB_UNDERDOG_URL", "",
        "BB_PLATFORM_REFRESH_INTERVAL_S", "1",
        "BB_SYNTH_DAYS", "2"));
    try {
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
      long deadline = System.nanoTime() + 20_000_000_000L;
      long imported = 0;
      while (System.nanoTime() < deadline && imported == 0) {
        Thread.sleep(200);
        imported = api.ok("/props?platform=prizepicks&to=2024-01-01&limit=1").getLong("total");
      }
      assertThat(imported).isPositive();
      assertThat(hits.get()).isPositive();
    } finally {
      Await.result(node.stop());
      Await.result(platformsVertx.close());
    }
  }
}
