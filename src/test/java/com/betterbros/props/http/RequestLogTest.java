package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The access log over real HTTP: /health is sampled, its failures and every other request are not. */
@DisplayName("RequestLog")
class RequestLogTest {

  private final Logger access = (Logger) LoggerFactory.getLogger("access");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final AtomicInteger healthStatus = new AtomicInteger(200);
  private Level previous;
  private Vertx vertx;
  private WebClient client;

  @BeforeEach
  void attach() {
    previous = access.getLevel();
    access.setLevel(Level.INFO);
    lines.start();
    access.addAppender(lines);
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
  }

  @AfterEach
  void detach() {
    access.detachAppender(lines);
    access.setLevel(previous);
    vertx.close().await();
  }

  private int serve(int sample) {
    Router router = Router.router(vertx);
    router.route().handler(new RequestLog(sample));
    router.get("/health").handler(ctx -> ctx.response().setStatusCode(healthStatus.get()).end("{}"));
    router.get("/props").handler(ctx -> ctx.response().end("[]"));
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    return server.actualPort();
  }

  private void get(int port, String path, int times) {
    for (int i = 0; i < times; i++) {
      client.get(port, "127.0.0.1", path).send().await();
    }
  }

  private List<String> loggedPaths() {
    // the end handler runs as the response ends; the client may see the answer a moment before
    long deadline = System.currentTimeMillis() + 2_000;
    int before = -1;
    while (System.currentTimeMillis() < deadline && before != lines.list.size()) {
      before = lines.list.size();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return lines.list.stream().map(e -> e.getKeyValuePairs().stream()
        .filter(kv -> kv.key.equals("path")).findFirst().orElseThrow().value + " "
        + e.getKeyValuePairs().stream().filter(kv -> kv.key.equals("status")).findFirst().orElseThrow().value)
        .toList();
  }

  @Test
  @DisplayName("1 in 10: 25 healthy /health requests give 3 lines (the 1st, 11th, 21st) marked sampled_of 10; "
      + "every /props request is logged")
  void samplesHealth() {
    int port = serve(10);
    get(port, "/health", 25);
    get(port, "/props", 4);
    List<String> paths = loggedPaths();
    assertThat(paths).filteredOn(p -> p.startsWith("/health")).hasSize(3);
    assertThat(paths).filteredOn(p -> p.startsWith("/props")).hasSize(4);
    assertThat(lines.list).filteredOn(e -> e.getKeyValuePairs().stream().anyMatch(kv -> kv.key.equals("sampled_of")
        && kv.value.equals(10L))).hasSize(3);
  }

  @Test
  @DisplayName("a /health answer that is not 2xx is always logged, also with sampling at 0 (never)")
  void failuresAlwaysLogged() {
    int port = serve(0);
    get(port, "/health", 5);
    healthStatus.set(503);
    get(port, "/health", 3);
    get(port, "/props", 1);
    assertThat(loggedPaths()).containsExactly("/health 503", "/health 503", "/health 503", "/props 200");
  }

  @Test
  @DisplayName("sampling 1 logs every /health request, without a sampled_of field")
  void sampleOfOne() {
    int port = serve(1);
    get(port, "/health", 4);
    assertThat(loggedPaths()).hasSize(4);
    assertThat(lines.list).allSatisfy(e -> assertThat(e.getKeyValuePairs()).noneMatch(kv -> kv.key.equals("sampled_of")));
  }
}
