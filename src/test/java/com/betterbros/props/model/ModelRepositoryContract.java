package com.betterbros.props.model;

import static com.betterbros.props.testing.Await.failure;
import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.model.api.StoredModel;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@link ModelRepository} honours; run against memory and PostgreSQL. */
abstract class ModelRepositoryContract {

  private ModelRepository repo;

  protected abstract ModelRepository freshRepository();

  @BeforeEach
  void fresh() {
    repo = freshRepository();
  }

  static StoredModel model(String id, int minutes) {
    return new StoredModel(id, "xgb_nb_regression", "f1",
        new JsonObject().put("seed", 42).put("train_to", "2025-12-01"),
        new JsonObject().put("brier", 0.23),
        new byte[] {1, 2, 3, (byte) minutes},
        Instant.parse("2025-12-01T10:00:00Z").plus(minutes, ChronoUnit.MINUTES),
        false);
  }

  @Test
  @DisplayName("a saved model round-trips every field, payload bytes included")
  void roundTrip() {
    result(repo.save(model("m1", 1)));
    StoredModel back = result(repo.find("m1"));
    assertThat(back.modelType()).isEqualTo("xgb_nb_regression");
    assertThat(back.featureSetVersion()).isEqualTo("f1");
    assertThat(back.provenance()).isEqualTo(new JsonObject().put("seed", 42).put("train_to", "2025-12-01"));
    assertThat(back.metrics().getDouble("brier")).isEqualTo(0.23);
    assertThat(back.payload()).containsExactly(1, 2, 3, 1);
    assertThat(back.createdAt()).isEqualTo(Instant.parse("2025-12-01T10:01:00Z"));
    assertThat(back.production()).isFalse();
    assertThat(result(repo.find("nope"))).isNull();
  }

  @Test
  @DisplayName("a duplicate id is refused")
  void duplicate() {
    result(repo.save(model("m1", 1)));
    assertThat(failure(repo.save(model("m1", 2)))).isNotNull();
  }

  @Test
  @DisplayName("promotion keeps exactly one production model; an unknown id changes nothing")
  void promotion() {
    result(repo.save(model("m1", 1)));
    result(repo.save(model("m2", 2)));
    assertThat(result(repo.production())).isNull();
    result(repo.promote("m1"));
    assertThat(result(repo.production()).id()).isEqualTo("m1");
    result(repo.promote("m2"));
    assertThat(result(repo.production()).id()).isEqualTo("m2");
    assertThat(result(repo.find("m1")).production()).isFalse();
    assertThat(failure(repo.promote("m9"))).isNotNull();
    assertThat(result(repo.production()).id()).isEqualTo("m2");
  }

  @Test
  @DisplayName("the list is newest first")
  void list() {
    result(repo.save(model("m1", 1)));
    result(repo.save(model("m3", 3)));
    result(repo.save(model("m2", 2)));
    assertThat(result(repo.list())).extracting(StoredModel::id).containsExactly("m3", "m2", "m1");
  }
}
