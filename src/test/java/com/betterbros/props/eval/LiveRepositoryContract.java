package com.betterbros.props.eval;

import static com.betterbros.props.testing.Await.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.eval.core.ServedPrediction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link LiveRepository} contract, run against memory and PostgreSQL alike. */
abstract class LiveRepositoryContract {

  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected LiveRepository repo;

  protected abstract LiveRepository freshRepository();

  @BeforeEach
  void setUp() {
    repo = freshRepository();
  }

  static ServedPrediction served(String prop, String model, double line, int startHours, double pOver, Double edge) {
    return new ServedPrediction(prop, model, line, T0, "prizepicks", "p-" + prop, "points", "g1",
        T0.plusSeconds(3600L * startHours), pOver, pOver >= 0.5 ? "over" : "under", edge == null ? null : 0.5774,
        edge);
  }

  @Test
  @DisplayName("one row per (prop, model, line): the first kept, nulls kept, read back by start")
  void onceperKey() {
    assertThat(result(repo.record(List.of(served("a", "m1", 20.5, 5, 0.61, 0.03), served("b", "m1", 8.5, 2, 0.4, null)))))
        .isEqualTo(2);
    assertThat(result(repo.record(List.of(served("a", "m1", 20.5, 5, 0.99, 0.4), served("a", "m1", 21.5, 5, 0.55, 0.0),
        served("a", "m2", 20.5, 5, 0.6, 0.02))))).isEqualTo(2);
    List<ServedPrediction> all = result(repo.startingBetween(T0, T0.plusSeconds(3600L * 24)));
    assertThat(all).containsExactly(served("b", "m1", 8.5, 2, 0.4, null), served("a", "m1", 20.5, 5, 0.61, 0.03),
        served("a", "m1", 21.5, 5, 0.55, 0.0), served("a", "m2", 20.5, 5, 0.6, 0.02));
    assertThat(result(repo.startingBetween(T0.plusSeconds(3600L * 3), T0.plusSeconds(3600L * 5)))).isEmpty();
    assertThat(result(repo.record(List.of()))).isZero();
  }
}
