package com.betterbros.props.espn;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.testing.Await;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EspnClient against a local replay server")
class EspnClientTest {

  private static final String TEAMS = "/teams";

  private Vertx vertx;
  private WebClient web;
  private EspnReplayServer server;
  private EspnClient client;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx(new VertxOptions()
        .setMaxEventLoopExecuteTime(Long.getLong("bb.maxEventLoopExecuteTimeMs", 100))
        .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS));
    web = WebClient.create(vertx);
    server = Await.result(new EspnReplayServer(vertx).start());
  }

  @AfterEach
  void stop() {
    if (client != null) {
      Await.result(client.close());
    }
    web.close();
    Await.result(vertx.close());
  }

  private EspnClient client(int maxConcurrent, Duration timeout, int maxRetries, Duration backoff) {
    EspnConfig config =
        new EspnConfig(server.baseUrl() + "/", maxConcurrent, timeout, maxRetries, backoff);
    client = new EspnClient(vertx, web, config);
    return client;
  }

  private EspnClient client() {
    return client(4, Duration.ofSeconds(5), 3, Duration.ofMillis(20));
  }

  @Test
  @DisplayName("each endpoint is requested at ESPN's path and parsed from the replayed file")
  void success() {
    EspnClient espn = client();

    assertThat(Await.result(espn.scoreboard(LocalDate.of(2026, 2, 19)))).hasSize(10);
    assertThat(Await.result(espn.summary("401810654")).players()).hasSize(19);
    assertThat(Await.result(espn.teams())).hasSize(30);
    assertThat(Await.result(espn.roster("9", "GS")))
        .hasSize(10)
        .allSatisfy(a -> assertThat(a.teamAbbr()).isEqualTo("GS"));
    assertThat(Await.result(espn.injuries())).hasSize(4);
    assertThat(server.uris).containsExactly("/scoreboard?dates=20260219", "/summary?event=401810654",
        "/teams", "/teams/9/roster", "/injuries");
  }

  @Test
  @DisplayName("a 429 with Retry-After: 1 is retried after at least one second, then succeeds")
  void retryAfter() {
    server.behave(req -> {
      if (server.requests.get() == 1) {
        req.response().putHeader("Retry-After", "1");
        server.answer(req, 429, "{\"message\":\"slow down\"}");
      } else {
        server.replay(req);
      }
    });
    EspnClient espn = client();

    long t0 = System.nanoTime();
    List<EspnTeam> teams = Await.result(espn.teams());
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

    assertThat(teams).hasSize(30);
    assertThat(server.requests.get()).isEqualTo(2);
    assertThat(elapsedMs).isGreaterThanOrEqualTo(1000);
    assertThat(gapMillis(0)).isGreaterThanOrEqualTo(1000);   // Retry-After, not the 20 ms backoff
  }

  @Test
  @DisplayName("503 three times then 200 succeeds on the fourth attempt, waiting backoff x "
      + "2^attempt between them")
  void serviceUnavailableThenOk() {
    server.behave(req -> {
      if (server.requests.get() <= 3) {
        server.answer(req, 503, "busy");
      } else {
        server.replay(req);
      }
    });
    EspnClient espn = client(4, Duration.ofSeconds(5), 3, Duration.ofMillis(50));

    assertThat(Await.result(espn.teams())).hasSize(30);
    assertThat(server.requests.get()).isEqualTo(4);
    assertThat(gapMillis(0)).isGreaterThanOrEqualTo(50);    // 50 x 2^0
    assertThat(gapMillis(1)).isGreaterThanOrEqualTo(100);   // 50 x 2^1
    assertThat(gapMillis(2)).isGreaterThanOrEqualTo(200);   // 50 x 2^2
  }

  @Test
  @DisplayName("500 forever fails after maxRetries + 1 attempts with the status and URL in the "
      + "message")
  void serverErrorForever() {
    server.behave(req -> server.answer(req, 500, "{\"error\":\"boom\"}"));
    EspnClient espn = client();

    Throwable failure = Await.failure(espn.teams());

    assertThat(server.requests.get()).isEqualTo(4);
    assertThat(failure).isInstanceOf(EspnHttpException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining(server.baseUrl() + TEAMS)
        .hasMessageContaining("after 4 attempts");
    assertThat(((EspnHttpException) failure).status()).isEqualTo(500);
    assertThat(((EspnHttpException) failure).bodySnippet()).isEqualTo("{\"error\":\"boom\"}");
  }

  @Test
  @DisplayName("404 fails at once: exactly one request, no retry")
  void notFound() {
    EspnClient espn = client();

    Throwable failure = Await.failure(espn.summary("999"));

    assertThat(server.requests.get()).isEqualTo(1);
    assertThat(failure).isInstanceOf(EspnHttpException.class)
        .hasMessageStartingWith("ESPN answered HTTP 404 for GET " + server.baseUrl() + "/summary?event=999");
    assertThat(((EspnHttpException) failure).url()).isEqualTo(server.baseUrl() + "/summary?event=999");
  }

  @Test
  @DisplayName("a server that never answers fails by timeout, once per attempt")
  void neverAnswers() {
    server.behave(req -> { });
    EspnClient espn = client(4, Duration.ofMillis(300), 1, Duration.ofMillis(10));

    long t0 = System.nanoTime();
    Throwable failure = Await.failure(espn.injuries());
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

    assertThat(failure).isInstanceOf(EspnUnreachableException.class)
        .hasMessageContaining("after 2 attempts")
        .hasRootCauseInstanceOf(TimeoutException.class);
    assertThat(server.requests.get()).isEqualTo(2);
    assertThat(elapsedMs).isBetween(600L, 5_000L);
  }

  @Test
  @DisplayName("with maxConcurrent 2, six calls against a slow server never have more than 2 "
      + "requests open at once")
  void boundedConcurrency() {
    server.behave(req -> vertx.setTimer(150, id -> server.replay(req)));
    EspnClient espn = client(2, Duration.ofSeconds(5), 0, Duration.ZERO);

    List<Future<List<EspnTeam>>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(espn.teams());
    }

    assertThat(calls).allSatisfy(f -> assertThat(Await.result(f)).hasSize(30));
    assertThat(server.requests.get()).isEqualTo(6);
    assertThat(server.maxOpen.get()).isEqualTo(2);
    assertThat(espn.inFlight()).isZero();
  }

  @Test
  @DisplayName("a 200 whose body is not ESPN's JSON fails with a format error, without retrying")
  void unparsableBody() {
    server.behave(req -> server.answer(req, 200, "<html>maintenance</html>"));
    EspnClient espn = client();

    assertThat(Await.failure(espn.teams())).isInstanceOf(EspnFormatException.class)
        .hasMessageStartingWith("teams: not valid JSON");
    assertThat(server.requests.get()).isEqualTo(1);
  }

  @Test
  @DisplayName("backoff doubles from its base and stops at 30 s; Retry-After seconds are "
      + "honoured up to 30 s")
  void delays() {
    EspnClient espn = client(4, Duration.ofSeconds(8), 3, Duration.ofMillis(500));

    assertThat(List.of(espn.backoffMillis(0), espn.backoffMillis(1), espn.backoffMillis(2), espn.backoffMillis(7),
        espn.backoffMillis(40))).containsExactly(500L, 1_000L, 2_000L, 30_000L, 30_000L);
    assertThat(espn.retryAfterMillis("1", 0)).isEqualTo(1_000L);
    assertThat(espn.retryAfterMillis("120", 0)).isEqualTo(30_000L);
    assertThat(espn.retryAfterMillis("Wed, 21 Oct 2026 07:28:00 GMT", 1)).isEqualTo(1_000L);
    assertThat(espn.retryAfterMillis(null, 2)).isEqualTo(2_000L);
  }

  /** Milliseconds between the arrival of request {@code i} and of request {@code i + 1}. */
  private long gapMillis(int i) {
    return TimeUnit.NANOSECONDS.toMillis(server.arrivalsNanos.get(i + 1) - server.arrivalsNanos.get(i));
  }
}
