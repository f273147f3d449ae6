package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.experiments.Experiment;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.jobs.Job;
import com.betterbros.props.real.RealData;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A job running when its node stops is finished within {@code http.shutdown_grace_ms} or marked
 * failed "node shutting down": read back from the store after the stop, never queued or running.
 */
@DisplayName("Graceful shutdown: a running job is finished within the grace or marked failed, never left running")
class JobsAtShutdownIT {

  @Test
  @DisplayName("grace 0: the experiment just accepted is failed with \"node shutting down\" in the store")
  void failedWhenGraceRunsOut() throws Exception {
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "30", "BB_HTTP_SHUTDOWN_GRACE_MS", "0"));
    String id = startExperiment(node);
    node.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    Experiment stored = Await.result(node.stores().experiments().find(id, null));
    assertThat(stored.status()).isEqualTo(Experiment.FAILED);
    assertThat(stored.error()).startsWith("node shutting down");
    assertThat(Await.result(node.stores().experiments().countUnfinished("any"))).isZero();
  }

  @Test
  @DisplayName("grace 0: a history import job (the jobs store) just accepted is failed with \"node shutting down\"")
  void importFailedWhenGraceRunsOut() throws Exception {
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_LOAD_ON_START", "false", "BB_HTTP_SHUTDOWN_GRACE_MS", "0",
        "BB_HTTP_MAX_IMPORT_BYTES", "16777216"));
    HttpResponse<Buffer> accepted = new ApiClient(node.vertx(), node.httpPort(), node.devToken("operator", Tier.ENTERPRISE))
        .post("/history/import?format=nba_gamelog", Buffer.buffer(RealData.bothSeasonsGzip()),
            "application/x-www-form-urlencoded");
    assertThat(accepted.statusCode()).as(accepted.bodyAsString()).isEqualTo(202);
    String jobId = accepted.bodyAsJsonObject().getString("job_id");
    assertThat(Await.result(node.stores().jobs().findAny(jobId)).finished()).isFalse();
    node.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    Job stored = Await.result(node.stores().jobs().findAny(jobId));
    assertThat(stored.status()).isEqualTo(Job.FAILED);
    assertThat(stored.error()).startsWith("node shutting down");
  }

  @Test
  @DisplayName("grace 120 s: the stop waits for the running experiment, which is stored succeeded")
  void finishedWithinGrace() throws Exception {
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "30", "BB_HTTP_SHUTDOWN_GRACE_MS", "120000"));
    String id = startExperiment(node);
    long started = System.nanoTime();
    node.stop().toCompletionStage().toCompletableFuture().get(150, TimeUnit.SECONDS);
    Experiment stored = Await.result(node.stores().experiments().find(id, null));
    assertThat(stored.status()).as("error: %s", stored.error()).isEqualTo(Experiment.SUCCEEDED);
    assertThat(stored.error()).isNull();
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(120);
  }

  @Test
  @DisplayName("once the stop begins: an import still uploading gets 503 \"node shutting down\" and stores no job, "
      + "a new experiment over the bus the same 503, and the closed listener refuses new connections")
  void stoppingNodeTakesNoNewJob() throws Exception {
    Node node = TestNodes.embedded(Map.of("BB_SYNTH_LOAD_ON_START", "false", "BB_HTTP_SHUTDOWN_GRACE_MS", "30000",
        "BB_HTTP_MAX_IMPORT_BYTES", "16777216"));
    Buffer file = Buffer.buffer(RealData.bothSeasonsGzip());
    Vertx client = Vertx.vertx();
    try {
      HttpClientRequest upload = Await.result(client.createHttpClient().request(new RequestOptions()
          .setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(node.httpPort())
          .setURI("/history/import?format=nba_gamelog")
          .putHeader("Authorization", "Bearer " + node.devToken("operator", Tier.ENTERPRISE))
          .putHeader("Content-Type", "application/octet-stream")));
      upload.setChunked(true);
      Future<HttpClientResponse> answer = upload.response();
      Future<Buffer> answerBody = answer.compose(HttpClientResponse::body); // read as soon as it arrives
      Await.result(upload.write(file.slice(0, 4096)));
      Await.sleep(1_000); // the request is in flight on the gateway, its body incomplete
      Future<Void> stopped = node.stop();

      // this node's own callers (the bus, no other node with the role): refused before anything is stored
      Throwable refused = Await.failure(ExperimentsService.createProxy(node.vertx(),
          new DeliveryOptions().setSendTimeout(10_000)).create("dev-user", "enterprise", new ExperimentRequest()));
      assertThat(refused).isInstanceOf(ServiceException.class);
      assertThat(((ServiceException) refused).failureCode()).isEqualTo(503);
      assertThat(refused.getMessage()).isEqualTo(JobIntake.SHUTTING_DOWN);

      // the stopping gateway's listener is closed: a new connection is refused within a few seconds
      assertThat(refusedConnection(client, node.httpPort())).as("a new connection refused").isTrue();

      // the upload in flight completes after the stop began: 503 JSON, no job stored
      upload.end(file.slice(4096, file.length()));
      String text = Await.result(answerBody, 60).toString();
      HttpClientResponse response = Await.result(answer);
      assertThat(response.statusCode()).as("%s %s", response.headers(), text).isEqualTo(503);
      JsonObject body = new JsonObject(text);
      assertThat(body.getString("error")).isEqualTo("service_unavailable");
      assertThat(body.getString("message")).startsWith("node shutting down");

      stopped.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
      assertThat(Await.result(node.stores().jobs().list(null, null, null, 10, 0)).total()).isZero();
      assertThat(Await.result(node.stores().experiments().list(null, null))).isEmpty();
    } finally {
      Await.result(client.close());
    }
  }

  /** Polls new connections to {@code port} for up to 10 s; true once one is refused. */
  private static boolean refusedConnection(Vertx client, int port) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      HttpClient fresh = client.createHttpClient();
      try {
        fresh.request(HttpMethod.GET, port, "127.0.0.1", "/health").compose(HttpClientRequest::send)
            .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        if (e.getCause() instanceof java.net.ConnectException) {
          return true;
        }
      } finally {
        fresh.close();
      }
      Await.sleep(100);
    }
    return false;
  }

  private static String startExperiment(Node node) {
    HttpResponse<Buffer> created = new ApiClient(node.vertx(), node.httpPort(), node.devToken())
        .post("/experiments", Buffer.buffer("{}"));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(202);
    String id = created.bodyAsJsonObject().getString("id");
    String status = Await.result(node.stores().experiments().find(id, null)).status();
    assertThat(status).isIn(Experiment.QUEUED, Experiment.RUNNING);
    return id;
  }
}
