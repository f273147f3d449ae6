package com.betterbros.props.jobs;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bb_jobs follows the jobs service: queued on create, running on first progress, gone when finished")
class JobGaugesTest {

  @Test
  @DisplayName("the gauges move with create, progress and the end of a job")
  void followsLifecycle() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MemoryJobRepository repo = new MemoryJobRepository();
    JobsServiceImpl jobs = new JobsServiceImpl(repo, new JobGauges(repo, registry));
    assertThat(gauge(registry, "queued")).isZero();

    String a = result(jobs.create("alice", "history_import", new JsonObject(), "node-a")).toJson().getString("id");
    String b = result(jobs.create("bob", "history_import", new JsonObject(), "node-a")).toJson().getString("id");
    assertThat(gauge(registry, "queued")).isEqualTo(2);
    assertThat(gauge(registry, "running")).isZero();

    result(jobs.progress(a, 10));
    assertThat(gauge(registry, "queued")).isEqualTo(1);
    assertThat(gauge(registry, "running")).isEqualTo(1);

    result(jobs.succeed(a, new JsonObject()));
    result(jobs.fail(b, "boom", null));
    assertThat(gauge(registry, "queued")).isZero();
    assertThat(gauge(registry, "running")).isZero();
  }

  private static double gauge(SimpleMeterRegistry registry, String status) {
    return registry.get("bb_jobs").tag("status", status).gauge().value();
  }
}
