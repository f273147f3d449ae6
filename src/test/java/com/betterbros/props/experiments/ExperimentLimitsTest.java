package com.betterbros.props.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.experiments.TrainingJobs.Reservation;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Experiment limits: hyper-parameter cost bounds and per-user quotas on top of the node's queue")
class ExperimentLimitsTest {

  private Vertx vertx;
  private TrainingJobs jobs;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    // a node queue of 3, quotas free 1 / pro 2 / enterprise 3 (the defaults)
    jobs = new TrainingJobs(vertx, null, null, new ExperimentsConfig(3, 1, 1, Duration.ofSeconds(60), 1, 2, 3));
  }

  @AfterEach
  void tearDown() {
    vertx.close().await();
  }

  @Test
  @DisplayName("trees 5000 and max_depth 12 are 400s naming hyper_parameters.<key>; the bounds themselves pass")
  void costBounds() {
    assertBad(new JsonObject().put("trees", 5000), "hyper_parameters.trees");
    assertBad(new JsonObject().put("trees", 400).put("max_depth", 12), "hyper_parameters.max_depth");
    assertBad(new JsonObject().put("epochs", 1e9), "hyper_parameters.epochs");
    JsonObject atBounds = new JsonObject().put("trees", 2000).put("max_depth", 10);
    assertThat(ExperimentRequests.parse(new JsonObject().put("hyper_parameters", atBounds))
        .hyperParameters()).containsEntry("trees", 2000).containsEntry("max_depth", 10);
  }

  @Test
  @DisplayName("three free users fill the node's queue of 3, but a free user's second request is a quota refusal")
  void perUserQuota() {
    assertThat(jobs.tryReserve("free-a", jobs.quota("free"))).isEqualTo(Reservation.RESERVED);
    assertThat(jobs.tryReserve("free-a", jobs.quota("free"))).isEqualTo(Reservation.USER_QUOTA);
    assertThat(jobs.tryReserve("pro-b", jobs.quota("pro"))).isEqualTo(Reservation.RESERVED);
    assertThat(jobs.tryReserve("pro-b", jobs.quota("pro"))).isEqualTo(Reservation.RESERVED);
    assertThat(jobs.tryReserve("pro-b", jobs.quota("pro"))).isEqualTo(Reservation.USER_QUOTA);
    assertThat(jobs.tryReserve("ent-c", jobs.quota("enterprise"))).isEqualTo(Reservation.QUEUE_FULL);
    assertThat(jobs.heldBy("ent-c")).as("a refused reservation holds nothing").isZero();
    jobs.release("pro-b");
    assertThat(jobs.heldBy("pro-b")).isEqualTo(1);
    assertThat(jobs.tryReserve("ent-c", jobs.quota("enterprise"))).isEqualTo(Reservation.RESERVED);
    jobs.release("free-a");
    assertThat(jobs.heldBy("free-a")).isZero();
  }

  @Test
  @DisplayName("an unknown or missing tier gets the free quota")
  void unknownTier() {
    assertThat(jobs.quota(null)).isEqualTo(1);
    assertThat(jobs.quota("gold")).isEqualTo(1);
    assertThat(jobs.quota("ENTERPRISE")).isEqualTo(3);
  }

  private static void assertBad(JsonObject hyper, String field) {
    assertThatThrownBy(() -> ExperimentRequests.parse(new JsonObject().put("hyper_parameters", hyper)))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.failureCode()).isEqualTo(400);
          assertThat(e.getDebugInfo().getString("field")).isEqualTo(field);
        });
  }
}
