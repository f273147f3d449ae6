package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.platforms.Fixtures;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Graceful shutdown")
class GracefulShutdownIT {

  @Test
  @DisplayName("a request in flight when the node stops still gets its answer; new connections are refused")
  void inFlightRequestCompletes() throws Exception {
    Vertx outside = Vertx.vertx();
    CountDownLatch platformAsked = new CountDownLatch(1);
    Buffer pp = Buffer.buffer(Fixtures.bytes(Fixtures.PRIZEPICKS));
    // A slow platform: the refresh is in flight for 1.5 s.
    HttpServer platform = Await.result(outside.createHttpServer().requestHandler(req -> {
      platformAsked.countDown();
      outside.setTimer(1_500, t -> req.response().end(pp));
    }).listen(0, "127.0.0.1"));
    Node node = TestNodes.embedded(Map.of(
        "BB_PRIZEPICKS_URL", "http://127.0.0.1:" + platform.actualPort() + "/projections",
        "BB_UNDERDOG_URL", "",
        "BB_SYNTH_DAYS", "2"));
    int port = node.httpPort();
    WebClient client = WebClient.create(outside);
    try {
      Future<HttpResponse<Buffer>> inFlight = client.post(port, "127.0.0.1", "/props/refresh?platform=prizepicks")
          .bearerTokenAuthentication(node.devToken())
          .send();
      assertThat(platformAsked.await(10, TimeUnit.SECONDS)).isTrue();
      // Listen now: once Vert.x is closed, its futures can no longer dispatch to a listener.
      CompletableFuture<Void> stopped = node.stop().toCompletionStage().toCompletableFuture();
      HttpResponse<Buffer> resp = Await.result(inFlight);
      assertThat(resp.statusCode()).as(resp.bodyAsString()).isEqualTo(200);
      assertThat(resp.bodyAsJsonObject().getJsonArray("results").getJsonObject(0).getInteger("imported")).isPositive();
      stopped.get(30, TimeUnit.SECONDS);
      Throwable refused = Await.failure(client.get(port, "127.0.0.1", "/health").send());
      assertThat(refused).isNotNull();
    } finally {
      Await.result(outside.close());
    }
  }
}
