package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.experiments.Experiment;
import com.betterbros.props.experiments.PgExperimentRepository;
import com.betterbros.props.store.PgConfig;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Experiments a stopped node left unfinished in PostgreSQL fail as interrupted")
class InterruptedExperimentsIT {

  private static final String SECRET = "an-hs256-secret-of-at-least-32-bytes!!";

  @Test
  @DisplayName("a node starting on the database fails another run's running and queued experiments, and keeps finished ones")
  void sweptAtStart() {
    String pgUrl = TestDatabase.freshDatabase("betterbros_test_interrupted");
    Instant at = Instant.parse("2026-11-01T10:00:00Z");
    JsonObject request = new JsonObject().put("model_type", "logistic_sgd");
    Vertx setup = Vertx.vertx();
    try {
      PgStore store = Await.result(PgStore.open(setup, PgConfig.fromJson(new JsonObject().put("url", pgUrl))), 120);
      PgExperimentRepository repo = new PgExperimentRepository(store.pool());
      Experiment running = new Experiment("x-running", "user-1", Experiment.RUNNING, 40, request, null, null,
          null, null, at, at);
      Experiment queued = new Experiment("x-queued", "user-1", Experiment.QUEUED, 0, request, null, null,
          null, null, at, at);
      Experiment done = new Experiment("x-done", "user-1", Experiment.FAILED, 10, request, null, null,
          "no data", null, at, at);
      Await.result(repo.create(running, "node-of-an-earlier-run"));
      Await.result(repo.create(queued, "node-of-an-earlier-run"));
      Await.result(repo.create(done, "node-of-an-earlier-run"));
      Await.result(store.close());
    } finally {
      Await.result(setup.close());
    }
    Node node = TestNodes.embedded(Map.of("BB_STORE", "postgres", "BB_PG_URL", pgUrl,
        "BB_AUTH_MODE", "hs256", "BB_AUTH_HS256_SECRET", SECRET));
    try {
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(),
          TokenMinter.mint(SECRET, "user-1", Tier.PRO, Duration.ofMinutes(10), null, null));
      for (String id : new String[] {"x-running", "x-queued"}) {
        JsonObject e = api.ok("/experiments/" + id);
        assertThat(e.getString("status")).as(id).isEqualTo("failed");
        assertThat(e.getString("error")).as(id).startsWith("interrupted");
        assertThat(Instant.parse(e.getString("updated_at"))).as(id).isAfter(at);
      }
      assertThat(api.ok("/experiments/x-running").getInteger("progress")).isEqualTo(40);
      JsonObject untouched = api.ok("/experiments/x-done");
      assertThat(untouched.getString("error")).isEqualTo("no data");
      assertThat(Instant.parse(untouched.getString("updated_at"))).isEqualTo(at);
    } finally {
      Await.result(node.stop());
    }
  }
}
