package com.betterbros.props.experiments;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.store.Page;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@link ExperimentRepository} honours; run against memory and PostgreSQL. */
abstract class ExperimentRepositoryContract {

  private ExperimentRepository repo;

  protected abstract ExperimentRepository freshRepository();

  @BeforeEach
  void fresh() {
    repo = freshRepository();
  }

  static Experiment queued(String id, String user, int minute) {
    Instant at = Instant.parse("2025-12-01T10:00:00Z").plusSeconds(60L * minute);
    return new Experiment(id, user, Experiment.QUEUED, 0, new JsonObject().put("model_type", "logistic_sgd"),
        null, null, null, null, at, at);
  }

  @Test
  @DisplayName("an experiment round-trips, and only its owner can read it")
  void ownership() {
    result(repo.create(queued("e1", "alice", 0), "node-a"));
    assertThat(result(repo.find("e1", "alice")).request().getString("model_type")).isEqualTo("logistic_sgd");
    assertThat(result(repo.find("e1", "bob"))).isNull();
    assertThat(result(repo.list("bob", null))).isEmpty();
  }

  @Test
  @DisplayName("createWithinQuota counts the user's queued and running experiments (any node), not finished ones or others'")
  void quota() {
    assertThat(result(repo.createWithinQuota(queued("q1", "alice", 0), "node-a", 2))).isTrue();
    assertThat(result(repo.createWithinQuota(queued("q2", "alice", 1), "node-b", 2))).isTrue();
    assertThat(result(repo.createWithinQuota(queued("q3", "alice", 2), "node-a", 2))).as("two held, quota 2").isFalse();
    assertThat(result(repo.find("q3", "alice"))).as("a refused experiment is not stored").isNull();
    assertThat(result(repo.createWithinQuota(queued("b1", "bob", 2), "node-a", 2))).as("bob's own quota").isTrue();
    Experiment first = result(repo.find("q1", "alice"));
    result(repo.update(first.failed("done with it", first.createdAt().plusSeconds(1))));
    assertThat(result(repo.createWithinQuota(queued("q4", "alice", 3), "node-b", 2))).as("a finished one frees a place")
        .isTrue();
  }

  @Test
  @DisplayName("updates carry status, progress, metrics and failure")
  void updates() {
    Experiment e = queued("e1", "alice", 0);
    result(repo.create(e, "node-a"));
    Instant later = e.createdAt().plusSeconds(5);
    result(repo.update(e.withProgress(Experiment.RUNNING, 40, later)));
    assertThat(result(repo.find("e1", "alice")).progress()).isEqualTo(40);
    result(repo.update(e.succeeded(new JsonObject().put("brier", 0.2), new JsonObject().put("x", 1), null, later)));
    Experiment done = result(repo.find("e1", "alice"));
    assertThat(done.status()).isEqualTo(Experiment.SUCCEEDED);
    assertThat(done.progress()).isEqualTo(100);
    assertThat(done.metrics().getDouble("brier")).isEqualTo(0.2);
    assertThat(done.updatedAt()).isEqualTo(later);
    result(repo.create(queued("e2", "alice", 1), "node-a"));
    result(repo.update(queued("e2", "alice", 1).failed("no data", later)));
    assertThat(result(repo.find("e2", "alice")).error()).isEqualTo("no data");
  }

  @Test
  @DisplayName("a node's unfinished experiments are counted; a failed one is never moved again by a late update")
  void unfinishedAndFinal() {
    Instant later = Instant.parse("2025-12-01T11:00:00Z");
    result(repo.create(queued("a1", "alice", 0), "node-a"));
    result(repo.create(queued("a2", "bob", 1), "node-a"));
    result(repo.create(queued("b1", "alice", 2), "node-b"));
    result(repo.update(queued("a2", "bob", 1).withProgress(Experiment.RUNNING, 10, later)));
    assertThat(result(repo.countUnfinished("node-a"))).isEqualTo(2);
    assertThat(result(repo.countUnfinished("node-b"))).isEqualTo(1);
    assertThat(result(repo.failInterrupted(java.util.Set.of("node-b"), "node shutting down", later))).isEqualTo(2);
    assertThat(result(repo.countUnfinished("node-a"))).isZero();
    result(repo.update(queued("a2", "bob", 1).failed("Task 0 rejected", later.plusSeconds(1))));
    result(repo.update(queued("a1", "alice", 0).withProgress(Experiment.RUNNING, 50, later.plusSeconds(1))));
    assertThat(result(repo.find("a2", null)).error()).isEqualTo("node shutting down");
    assertThat(result(repo.find("a1", null)).status()).isEqualTo(Experiment.FAILED);
    assertThat(result(repo.countUnfinished("node-a"))).isZero();
  }

  @Test
  @DisplayName("lists are newest first and filter by ids")
  void lists() {
    result(repo.create(queued("e1", "alice", 0), "node-a"));
    result(repo.create(queued("e2", "alice", 2), "node-a"));
    result(repo.create(queued("e3", "alice", 1), "node-a"));
    assertThat(result(repo.list("alice", null))).extracting(Experiment::id).containsExactly("e2", "e3", "e1");
    assertThat(result(repo.list("alice", List.of("e1", "e2")))).extracting(Experiment::id).containsExactly("e2", "e1");
  }

  @Test
  @DisplayName("holdout rows are paginated in order with a total, and saving again replaces them")
  void predictions() {
    result(repo.create(queued("e1", "alice", 0), "node-a"));
    List<HoldoutRow> rows = IntStream.range(0, 7).mapToObj(i -> new HoldoutRow("p" + i, "pl", "points",
        LocalDate.of(2025, 12, 1 + i), 10.5 + i, 0.1 * i, i % 2, i == 3 ? null : 0.5)).toList();
    result(repo.savePredictions("e1", rows));
    Page<HoldoutRow> page = result(repo.predictions("e1", 3, 2));
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.items()).containsExactlyElementsOf(rows.subList(2, 5));
    result(repo.savePredictions("e1", rows.subList(0, 2)));
    assertThat(result(repo.predictions("e1", 10, 0)).total()).isEqualTo(2);
  }

  @Test
  @DisplayName("unfinished experiments of nodes that are gone (or unknown) fail as interrupted; the rest stay")
  void failInterrupted() {
    Instant later = Instant.parse("2025-12-01T11:00:00Z");
    result(repo.create(queued("mine", "alice", 0), "node-a"));
    result(repo.create(queued("gone-queued", "alice", 1), "node-b"));
    result(repo.create(queued("gone-running", "bob", 2), "node-b"));
    result(repo.update(queued("gone-running", "bob", 2).withProgress(Experiment.RUNNING, 35, later)));
    result(repo.create(queued("gone-done", "alice", 3), "node-b"));
    result(repo.update(queued("gone-done", "alice", 3).succeeded(new JsonObject(), new JsonObject(), null, later)));
    int failed = result(repo.failInterrupted(java.util.Set.of("node-a", "node-c"), "interrupted", later));
    assertThat(failed).isEqualTo(2);
    assertThat(result(repo.find("mine", "alice")).status()).isEqualTo(Experiment.QUEUED);
    Experiment running = result(repo.find("gone-running", "bob"));
    assertThat(running.status()).isEqualTo(Experiment.FAILED);
    assertThat(running.error()).isEqualTo("interrupted");
    assertThat(running.progress()).isEqualTo(35);
    assertThat(running.updatedAt()).isEqualTo(later);
    assertThat(result(repo.find("gone-queued", "alice")).status()).isEqualTo(Experiment.FAILED);
    assertThat(result(repo.find("gone-done", "alice")).status()).isEqualTo(Experiment.SUCCEEDED);
    // a second sweep finds nothing left to fail
    assertThat(result(repo.failInterrupted(java.util.Set.of("node-a"), "interrupted", later))).isEqualTo(0);
  }

  @Test
  @DisplayName("a null owner (an admin's request) finds and lists every user's experiments")
  void anyOwner() {
    result(repo.create(queued("e1", "alice", 0), "node-a"));
    result(repo.create(queued("e2", "bob", 1), "node-a"));
    assertThat(result(repo.find("e1", null)).userId()).isEqualTo("alice");
    assertThat(result(repo.find("e2", null)).userId()).isEqualTo("bob");
    assertThat(result(repo.find("e3", null))).isNull();
    assertThat(result(repo.list(null, null))).extracting(Experiment::id).containsExactly("e2", "e1");
    assertThat(result(repo.list(null, List.of("e1")))).extracting(Experiment::userId).containsExactly("alice");
    assertThat(result(repo.list("alice", null))).extracting(Experiment::id).containsExactly("e1");
  }
}
