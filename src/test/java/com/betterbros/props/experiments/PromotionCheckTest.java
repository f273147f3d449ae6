package com.betterbros.props.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.experiments.core.ExperimentRunner;
import com.betterbros.props.experiments.core.ExperimentSpec;
import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.HistoryIndexes;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.sim.SeasonGenerator;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Promotion compares candidate and production on the candidate's holdout, fairly or not at all")
class PromotionCheckTest {

  static DataSnapshot data;
  static HistoryIndex index;
  static ExperimentRunner.Result production;
  static ExperimentRunner.Result candidate;
  static ExperimentSpec candidateSpec;

  @BeforeAll
  static void train() {
    data = DataSnapshot.of(SeasonGenerator.generate(42, 40));
    index = HistoryIndexes.of(data);
    Map<String, Object> small = Map.of("trees", 60);
    production = ExperimentRunner.run(data, index, new ExperimentSpec(ModelType.XGB_NB_REGRESSION, small,
        SupportedStats.SYNTHETIC_STAT_TYPES, null, null, 42, 0.25), p -> { });
    candidateSpec = new ExperimentSpec(ModelType.LOGISTIC_SGD, Map.of(), SupportedStats.SYNTHETIC_STAT_TYPES, null,
        null, 42, 0.25);
    candidate = ExperimentRunner.run(data, index, candidateSpec, p -> { });
  }

  @Test
  @DisplayName("on the same holdout: both scored on the same rows, the candidate's own scores reproduced")
  void sameHoldout() {
    PromotionCheck.Comparison c = PromotionCheck.compare(data, index, candidateSpec, new JsonObject(candidate.provenance()),
        candidate.holdout(), production.model(), new JsonObject(production.provenance()));
    assertThat(c.comparable()).as(c.reason()).isTrue();
    assertThat(c.rows()).isEqualTo(candidate.holdout().size());
    assertThat(c.candidate().brier()).isEqualTo(candidate.metrics().brier());
    assertThat(c.production().brier()).isEqualTo(production.metrics().brier());
  }

  @Test
  @DisplayName("a candidate that was sure of the wrong side every time is worse")
  void worseCandidate() {
    List<HoldoutRow> wrong = candidate.holdout().stream().map(r -> new HoldoutRow(r.propId(), r.playerId(),
        r.statType(), r.gameDate(), r.line(), 0.95 - 0.9 * r.outcome(), r.outcome(), r.pTrue())).toList();
    PromotionCheck.Comparison c = PromotionCheck.compare(data, index, candidateSpec, new JsonObject(candidate.provenance()),
        wrong, production.model(), new JsonObject(production.provenance()));
    assertThat(c.candidate().brier()).isCloseTo(0.9025, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(c.production().brier()).isLessThan(0.3);
    assertThat(c.candidateWorse()).isTrue();
    assertThat(c.toJson("cand", "prod").getString("verdict")).isEqualTo("candidate_worse");
  }

  @Test
  @DisplayName("production trained on the candidate's holdout dates cannot be compared fairly")
  void unfair() {
    JsonObject sawIt = new JsonObject(new java.util.HashMap<>(production.provenance())).put("train_to",
        candidate.provenance().get("holdout_to").toString());
    PromotionCheck.Comparison c = PromotionCheck.compare(data, index, candidateSpec, new JsonObject(candidate.provenance()),
        candidate.holdout(), production.model(), sawIt);
    assertThat(c.comparable()).isFalse();
    assertThat(c.reason()).contains("inside the candidate's holdout");
    assertThat(c.candidateWorse()).isFalse();
  }
}
