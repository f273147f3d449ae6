package com.betterbros.props.eval;

import com.betterbros.props.eval.api.Calibration;
import com.betterbros.props.eval.core.CalibrationBin;
import com.betterbros.props.eval.core.CalibrationReport;
import com.betterbros.props.eval.core.CalibrationTable;
import com.betterbros.props.experiments.api.HoldoutSource;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** The wire form of a calibration report (schema {@code Calibration}). */
final class CalibrationJson {

  private CalibrationJson() {}

  static Calibration of(CalibrationReport report, String ref, HoldoutSource.Holdout holdout, LocalDate from,
      LocalDate to, String binning, int binCount) {
    JsonObject model = new JsonObject()
        .put("ref", ref)
        .put("experiment_id", holdout.experimentId())
        .put("model_id", holdout.modelId())
        .put("model_type", holdout.modelType())
        .put("holdout_from", text(holdout.holdoutFrom()))
        .put("holdout_to", text(holdout.holdoutTo()));
    JsonObject json = table(report.overall(), new JsonObject()
        .put("model", model)
        .put("from", text(from))
        .put("to", text(to))
        .put("binning", binning)
        .put("bin_count", binCount));
    JsonArray segments = new JsonArray();
    for (CalibrationReport.SegmentTable s : report.segments()) {
      segments.add(table(s.table(), new JsonObject()
          .put("segment", s.segment().wire())
          .put("value", s.value())
          .put("small", s.small())));
    }
    return new Calibration(json.put("segments", segments));
  }

  private static JsonObject table(CalibrationTable t, JsonObject into) {
    JsonArray bins = new JsonArray();
    for (CalibrationBin b : t.bins()) {
      bins.add(new JsonObject()
          .put("lower", b.lower())
          .put("upper", b.upper())
          .put("n", b.n())
          .put("mean_p", b.meanP())
          .put("observed", b.observed())
          .put("ci_low", b.ciLow())
          .put("ci_high", b.ciHigh()));
    }
    return into
        .put("n", t.n())
        .put("bins", bins)
        .put("ece", t.ece())
        .put("mce", t.mce())
        .put("brier", t.brier())
        .put("brier_decomposition", new JsonObject()
            .put("reliability", t.reliability())
            .put("resolution", t.resolution())
            .put("uncertainty", t.uncertainty()))
        .put("log_loss", t.logLoss())
        .put("auc", Double.isNaN(t.auc()) ? null : t.auc());
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
