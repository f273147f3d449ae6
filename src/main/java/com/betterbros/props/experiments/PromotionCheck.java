package com.betterbros.props.experiments;

import com.betterbros.props.experiments.core.ExperimentRunner;
import com.betterbros.props.experiments.core.ExperimentSpec;
import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.math.Metrics;
import com.betterbros.props.model.core.BoxScoreDataset;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.PropModel;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Promotion's comparison of a candidate with the production model on the candidate's own
 * holdout (pure, CPU-bound). The holdout examples are rebuilt from the snapshot (same ids, lines
 * and features as when the candidate was scored) and the production model predicts them; both are
 * scored on the rows both can price. The comparison is fair only if production never saw the
 * holdout: its training ended before the holdout's first date. Brier is the deciding metric (log
 * loss reported beside it); a candidate is worse when its Brier exceeds production's by more than
 * {@value #TOLERANCE}.
 */
final class PromotionCheck {

  static final double TOLERANCE = 1e-6;

  /** The verdict: comparable or not (why), the two scores, the rows scored. */
  record Comparison(boolean comparable, String reason, Metrics candidate, Metrics production, int rows) {

    boolean candidateWorse() {
      return comparable && candidate.brier() > production.brier() + TOLERANCE;
    }

    JsonObject toJson(String candidateId, String productionId) {
      JsonObject out = new JsonObject().put("metric", "brier").put("comparable", comparable).put("rows", rows)
          .put("candidate_model", candidateId).put("production_model", productionId);
      if (reason != null) {
        out.put("reason", reason);
      }
      if (candidate != null) {
        out.put("candidate", TrainingJobs.metricsJson(candidate)).put("production", TrainingJobs.metricsJson(production));
        out.put("verdict", candidateWorse() ? "candidate_worse" : "candidate_not_worse");
      }
      return out;
    }
  }

  private PromotionCheck() {}

  /**
   * Compares on the candidate's holdout rows ({@code holdout}: its stored predictions) whose
   * examples the snapshot rebuilds and whose stat types production was trained on.
   */
  static Comparison compare(DataSnapshot data, HistoryIndex index, ExperimentSpec spec, JsonObject candidateProvenance,
      List<HoldoutRow> holdout, PropModel production, JsonObject productionProvenance) {
    LocalDate holdoutFrom = date(candidateProvenance, "holdout_from");
    LocalDate holdoutTo = date(candidateProvenance, "holdout_to");
    LocalDate productionTrainTo = date(productionProvenance, "train_to");
    if (holdoutFrom == null || holdoutTo == null || productionTrainTo == null) {
      return new Comparison(false, "the models' provenance lacks the training or holdout dates", null, null, 0);
    }
    if (!productionTrainTo.isBefore(holdoutFrom)) {
      return new Comparison(false, "production was trained on games up to " + productionTrainTo
          + ", inside the candidate's holdout (from " + holdoutFrom + "): no fair comparison", null, null, 0);
    }
    String source = candidateProvenance.getString("source", "props");
    ExperimentSpec window = new ExperimentSpec(spec.modelType(), spec.hyperParameters(), spec.statTypes(), holdoutFrom,
        holdoutTo, spec.seed(), spec.holdoutFraction(), source);
    Map<String, BoxScoreDataset.Example> byId = new HashMap<>();
    for (BoxScoreDataset.Example e : ExperimentRunner.examples(data, index, window, source)) {
      byId.put(e.id(), e);
    }
    List<BoxScoreDataset.Example> examples = new ArrayList<>();
    List<HoldoutRow> rows = new ArrayList<>();
    for (HoldoutRow r : holdout) {
      BoxScoreDataset.Example e = byId.get(r.propId());
      if (e != null && production.statTypes().contains(e.statType())) {
        examples.add(e);
        rows.add(r);
      }
    }
    if (examples.isEmpty()) {
      return new Comparison(false, "production prices none of the candidate's holdout rows", null, null, 0);
    }
    double[] candidate = rows.stream().mapToDouble(HoldoutRow::pOver).toArray();
    int[] y = rows.stream().mapToInt(HoldoutRow::outcome).toArray();
    double[] prod = production.predict(examples.stream().map(BoxScoreDataset.Example::input).toList()).stream()
        .mapToDouble(p -> p.pOver()).toArray();
    return new Comparison(true, null, CalibrationMetrics.all(candidate, y), CalibrationMetrics.all(prod, y),
        rows.size());
  }

  private static LocalDate date(JsonObject provenance, String field) {
    String v = provenance == null ? null : provenance.getString(field);
    return v == null ? null : LocalDate.parse(v);
  }
}
