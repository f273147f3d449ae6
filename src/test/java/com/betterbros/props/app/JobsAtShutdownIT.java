package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.experiments.Experiment;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.jobs.Job;
import com.betterbros.props.real.RealData;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
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
