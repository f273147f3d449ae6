package com.betterbros.props.jobs;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link JobRepository} contract, run against memory and PostgreSQL alike. */
abstract class JobRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected JobRepository repo;

  protected abstract JobRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static Job job(String id, String user, int minutes) {
    Instant at = T0.plus(minutes, ChronoUnit.MINUTES);
    return new Job(id, user, "history_import", Job.QUEUED, 0, new JsonObject().put("format", "nba_gamelog"), null,
        null, at, at);
  }

  @Test
  @DisplayName("a job round-trips and is visible to its owner only")
  void ownership() {
    result(repo.create(job("j1", "alice", 0), "node-a"));
    assertThat(result(repo.find("j1", "alice"))).isEqualTo(job("j1", "alice", 0));
    assertThat(result(repo.find("j1", "bob"))).isNull();
    assertThat(result(repo.findAny("j1")).userId()).isEqualTo("alice");
    assertThat(result(repo.list("bob", null, null, 10, 0)).total()).isZero();
  }

  @Test
  @DisplayName("a node's queued and running jobs are counted, not finished ones nor other nodes'")
  void countUnfinished() {
    result(repo.create(job("a1", "alice", 0), "node-a"));
    result(repo.create(job("a2", "bob", 1), "node-a"));
    result(repo.create(job("a3", "bob", 2), "node-a"));
    result(repo.create(job("b1", "alice", 3), "node-b"));
    result(repo.update(job("a2", "bob", 1).running(20, T0.plusSeconds(5))));
    result(repo.update(job("a3", "bob", 2).succeeded(new JsonObject(), T0.plusSeconds(6))));
    assertThat(result(repo.countUnfinished("node-a"))).isEqualTo(2);
    assertThat(result(repo.countUnfinished("node-b"))).isEqualTo(1);
    assertThat(result(repo.countUnfinished("node-c"))).isZero();
  }

  @Test
  @DisplayName("createWithinQuota counts the user's queued and running jobs of the kind (any node), not finished ones")
  void quota() {
    assertThat(result(repo.createWithinQuota(job("q1", "alice", 0), "node-a", 2))).isTrue();
    assertThat(result(repo.createWithinQuota(job("q2", "alice", 1), "node-b", 2))).isTrue();
    assertThat(result(repo.createWithinQuota(job("q3", "alice", 2), "node-a", 2))).as("two held, quota 2").isFalse();
    assertThat(result(repo.findAny("q3"))).as("a refused job is not stored").isNull();
    assertThat(result(repo.createWithinQuota(job("b1", "bob", 2), "node-a", 2))).as("bob's own quota").isTrue();
    Job other = new Job("k1", "alice", "backtest", Job.QUEUED, 0, new JsonObject(), null, null, T0, T0);
    assertThat(result(repo.createWithinQuota(other, "node-a", 2))).as("another kind's own quota").isTrue();
    Job first = result(repo.findAny("q1"));
    result(repo.update(first.succeeded(new JsonObject(), T0.plusSeconds(9))));
    assertThat(result(repo.createWithinQuota(job("q4", "alice", 3), "node-b", 2))).as("a finished one frees a place")
        .isTrue();
  }

  @Test
  @DisplayName("progress and the end are recorded; a finished job never moves again")
  void lifecycle() {
    Job queued = job("j1", "alice", 0);
    result(repo.create(queued, "node-a"));
    Job running = queued.running(40, T0.plusSeconds(5));
    assertThat(result(repo.update(running))).isTrue();
    Job done = running.succeeded(new JsonObject().put("rows", 3), T0.plusSeconds(9));
    assertThat(result(repo.update(done))).isTrue();
    assertThat(result(repo.update(running))).as("after the end").isFalse();
    assertThat(result(repo.find("j1", "alice"))).isEqualTo(done);
    assertThat(result(repo.update(job("nope", "alice", 0)))).isFalse();
  }

  @Test
  @DisplayName("lists are newest first, filtered by kind and status, paginated")
  void lists() {
    for (int i = 0; i < 5; i++) {
      result(repo.create(job("j" + i, "alice", i), "node-a"));
    }
    result(repo.update(job("j2", "alice", 2).succeeded(new JsonObject(), T0.plusSeconds(500))));
    var page = result(repo.list("alice", null, null, 2, 1));
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(Job::id).containsExactly("j3", "j2");
    assertThat(result(repo.list("alice", null, Job.SUCCEEDED, 10, 0)).items()).extracting(Job::id).containsExactly("j2");
    assertThat(result(repo.list("alice", "backtest", null, 10, 0)).total()).isZero();
  }

  @Test
  @DisplayName("unfinished jobs of departed nodes are failed as interrupted; others are left alone")
  void interrupted() {
    result(repo.create(job("a", "alice", 0), "node-a"));
    result(repo.create(job("b", "alice", 1), "node-b"));
    result(repo.create(job("c", "alice", 2), "node-b"));
    result(repo.update(job("c", "alice", 2).succeeded(new JsonObject(), T0.plusSeconds(3))));
    assertThat(result(repo.failInterrupted(Set.of("node-a"), "interrupted", T0.plusSeconds(60)))).isEqualTo(1);
    assertThat(result(repo.find("b", "alice")).status()).isEqualTo(Job.FAILED);
    assertThat(result(repo.find("b", "alice")).error()).isEqualTo("interrupted");
    assertThat(result(repo.find("a", "alice")).status()).isEqualTo(Job.QUEUED);
    assertThat(result(repo.find("c", "alice")).status()).isEqualTo(Job.SUCCEEDED);
  }

  @Test
  @DisplayName("a null owner (an admin's request) finds and lists every user's jobs, filters still applied")
  void anyOwner() {
    result(repo.create(job("j1", "alice", 0), "node-a"));
    result(repo.create(job("j2", "bob", 1), "node-a"));
    assertThat(result(repo.find("j2", null))).isEqualTo(job("j2", "bob", 1));
    assertThat(result(repo.find("j3", null))).isNull();
    var all = result(repo.list(null, null, null, 10, 0));
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.items()).extracting(Job::userId).containsExactly("bob", "alice");
    assertThat(result(repo.list(null, "history_sync", null, 10, 0)).total()).isZero();
    assertThat(result(repo.list(null, null, Job.QUEUED, 1, 1)).items()).extracting(Job::id).containsExactly("j1");
    assertThat(result(repo.list("alice", null, null, 10, 0)).total()).isEqualTo(1);
  }

  @Test
  @DisplayName("countActive counts every owner's queued and running jobs, not the finished ones")
  void countActive() {
    assertThat(result(repo.countActive())).containsEntry(Job.QUEUED, 0L).containsEntry(Job.RUNNING, 0L);
    result(repo.create(job("j1", "alice", 0), "node-a"));
    result(repo.create(job("j2", "bob", 1), "node-a"));
    result(repo.create(job("j3", "bob", 2), "node-b"));
    result(repo.update(job("j2", "bob", 1).running(10, T0.plusSeconds(5))));
    result(repo.update(job("j3", "bob", 2).running(10, T0.plusSeconds(5)).failed("x", null, T0.plusSeconds(6))));
    assertThat(result(repo.countActive())).containsEntry(Job.QUEUED, 1L).containsEntry(Job.RUNNING, 1L);
  }
}
