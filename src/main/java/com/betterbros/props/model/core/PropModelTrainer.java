package com.betterbros.props.model.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * Trains a {@link PropModel} walk-forward. The scheme (never a random split):
 *
 * <ol>
 *   <li>Rows are sorted by date (then prop id, for determinism). Let D_1 < ... < D_n be the
 *       distinct training dates and k = round(calibrationFraction x n), kept in [1, n - 1]. The
 *       calibration window is the last k dates, D_{n-k+1}..D_n.
 *   <li>A stage model is trained on the rows dated before the window, and predicts the window's
 *       rows out of sample. On those predictions the isotonic calibrator is fitted (and, for the
 *       regression model, each stat type's negative-binomial size r).
 *   <li>The final model is refit on every training row; it keeps the stage's calibrator (and r).
 *       The final model has seen k more days than the one the calibrator was fitted on, a small,
 *       conservative mismatch accepted so that the served model uses the latest games.
 * </ol>
 *
 * The caller's holdout (evaluation) rows must come after every training row; this class never
 * sees them. Progress: 0 at the start, 5 after the split, 45 after the stage model, 55 after
 * calibration, 95 after the final model, 100 when done. Training is CPU-bound and blocking: run it
 * on a worker thread.
 */
public final class PropModelTrainer {

  /** Tribuo logs each SGD run at INFO through java.util.logging, outside the JSON log stream. */
  private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

  static {
    TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private PropModelTrainer() {}

  /**
   * The walk-forward split of sorted training rows.
   *
   * @param fitRows rows before the calibration window (the stage model's training rows)
   * @param calibrationRows rows in the calibration window
   * @param allRows every row, sorted (the final model's training rows)
   * @param calibrationStart the window's first date
   */
  public record WalkForward(List<TrainingRow> fitRows, List<TrainingRow> calibrationRows,
      List<TrainingRow> allRows, LocalDate calibrationStart) {

    /**
     * Splits rows by date as described on {@link PropModelTrainer}.
     *
     * @throws IllegalArgumentException when the rows span fewer than 2 dates
     */
    public static WalkForward of(List<TrainingRow> rows, double calibrationFraction) {
      List<TrainingRow> sorted = rows.stream()
          .sorted(Comparator.comparing(TrainingRow::date)
              .thenComparing(r -> Objects.toString(r.propId(), "")))
          .toList();
      List<LocalDate> dates = sorted.stream().map(TrainingRow::date).distinct().toList();
      if (dates.size() < 2) {
        throw new IllegalArgumentException(
            "walk-forward training needs rows on at least 2 dates, got " + dates.size());
      }
      int k = (int) Math.round(calibrationFraction * dates.size());
      k = Math.max(1, Math.min(dates.size() - 1, k));
      LocalDate start = dates.get(dates.size() - k);
      List<TrainingRow> fit = sorted.stream().filter(r -> r.date().isBefore(start)).toList();
      List<TrainingRow> window = sorted.subList(fit.size(), sorted.size());
      return new WalkForward(fit, window, sorted, start);
    }
  }

  /**
   * Trains and calibrates a model of {@code cfg.type()}.
   *
   * @param rows training rows (any order); each row's features follow {@code featureNames}
   * @param featureNames unique feature names; names starting with the line_feature_prefix
   *     (default "line") must be line-relative features, increasing in the line
   * @param cfg the model type, hyper-parameters, seed and calibration fraction
   * @param progress receives 0..100
   * @throws IllegalArgumentException for no rows, fewer than 2 dates, a feature vector of the wrong
   *     length, non-unique feature names, or rows that are all overs or all unders
   */
  public static PropModel train(List<TrainingRow> rows, List<String> featureNames,
      TrainingConfig cfg, DoubleConsumer progress) {
    Objects.requireNonNull(cfg, "cfg");
    DoubleConsumer report = progress == null ? p -> { } : progress;
    if (rows == null || rows.isEmpty()) {
      throw new IllegalArgumentException("no training rows");
    }
    for (TrainingRow row : rows) {
      if (row.features().length != featureNames.size()) {
        throw new IllegalArgumentException("prop " + row.propId() + " has "
            + row.features().length + " features, expected " + featureNames.size());
      }
    }
    report.accept(0);
    WalkForward split = WalkForward.of(rows, cfg.calibrationFraction());
    List<String> statTypes = split.allRows().stream().map(TrainingRow::statType).distinct()
        .sorted().toList();
    report.accept(5);
    PropModel model = switch (cfg.type()) {
      case XGB_NB_REGRESSION -> NbRegressionTraining.train(split, featureNames, statTypes, cfg, report);
      case XGB_CLASSIFIER -> XgbClassifierModel.train(split, featureNames, statTypes, cfg, report);
      case LOGISTIC_SGD -> LogisticModel.train(split, featureNames, statTypes, cfg, report);
    };
    report.accept(100);
    return model;
  }
}
