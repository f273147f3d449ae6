package com.betterbros.props.experiments.core;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.math.Metrics;
import com.betterbros.props.model.core.BoxScoreDataset;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.Dataset;
import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.model.core.PropModelTrainer;
import com.betterbros.props.model.core.TrainingConfig;
import com.betterbros.props.model.core.TrainingRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

/**
 * Runs one experiment on a data snapshot (pure, CPU-bound: call it on a worker thread).
 * Examples come from settled props with their posted lines ({@code source} "props"), or from box
 * scores priced at a reference line when the history has no lines ({@code "history"}, see
 * {@link BoxScoreDataset}); {@code "auto"} takes props when the range has settled props on at
 * least {@value #MIN_DATES} dates. Walk-forward evaluation: the distinct dates of the examples in
 * [from, to] are sorted; the last {@code holdoutFraction} of them form the holdout; the model is
 * trained only on examples before the first holdout date, so it never sees a game after
 * {@code to}, nor one of the holdout. The {@link Baselines} are scored on the same holdout.
 */
public final class ExperimentRunner {

  static final int MIN_DATES = 4;

  /** The trained model, its holdout metrics beside the baselines', and the holdout rows. */
  public record Result(PropModel model, Metrics metrics, com.betterbros.props.math.TailReliability tails,
      Map<String, Metrics> baselines, List<HoldoutRow> holdout, Map<String, Object> provenance) {}

  private ExperimentRunner() {}

  /** The examples of a spec in [from, to] from a settled source ("props" or "history"). */
  public static List<BoxScoreDataset.Example> examples(DataSnapshot data, HistoryIndex index, ExperimentSpec spec,
      String source) {
    return "history".equals(source) ? BoxScoreDataset.build(data, index, spec.statTypes(), spec.from(), spec.to())
        : fromProps(data, index, spec);
  }

  public static Result run(DataSnapshot data, HistoryIndex index, ExperimentSpec spec, DoubleConsumer progress) {
    String source = spec.source();
    List<BoxScoreDataset.Example> examples = "history".equals(source) ? List.of() : fromProps(data, index, spec);
    if ("auto".equals(source)) {
      source = dates(examples).size() >= MIN_DATES ? "props" : "history";
    }
    if ("history".equals(source)) {
      examples = examples(data, index, spec, source);
    }
    TreeSet<LocalDate> dates = dates(examples);
    if (dates.size() < MIN_DATES) {
      throw new IllegalArgumentException("not enough " + ("props".equals(source) ? "played props" : "box scores")
          + " in the date range to train and hold out (" + dates.size() + " dates; at least " + MIN_DATES
          + " needed)");
    }
    int trainDates = (int) Math.floor(dates.size() * (1 - spec.holdoutFraction()));
    LocalDate holdoutStart = new ArrayList<>(dates).get(Math.max(1, Math.min(dates.size() - 1, trainDates)));
    List<TrainingRow> train = new ArrayList<>();
    List<BoxScoreDataset.Example> holdout = new ArrayList<>();
    for (BoxScoreDataset.Example e : examples) {
      if (e.date().isBefore(holdoutStart)) {
        train.add(e.trainingRow());
      } else {
        holdout.add(e);
      }
    }
    progress.accept(5);
    TrainingConfig config = new TrainingConfig(spec.modelType(), hyperParameters(spec, source), spec.seed(),
        TrainingConfig.DEFAULT_CALIBRATION_FRACTION);
    PropModel model = PropModelTrainer.train(train, FeatureSet.NAMES, config, p -> progress.accept(5 + 0.85 * p));
    List<LegPrediction> predicted = model.predict(holdout.stream().map(BoxScoreDataset.Example::input).toList());
    progress.accept(95);
    return score(model, train, holdout, predicted, index, spec, source, holdoutStart, dates.last());
  }

  /**
   * The spec's hyper-parameters with calibration "auto" settled: a regression trained on reference
   * lines ("history") calibrates its whole distribution, one trained on posted lines the lines.
   */
  static Map<String, Object> hyperParameters(ExperimentSpec spec, String source) {
    Map<String, Object> h = new LinkedHashMap<>(spec.hyperParameters());
    if (spec.modelType() == com.betterbros.props.model.core.ModelType.XGB_NB_REGRESSION
        && "auto".equals(h.getOrDefault("calibration", "auto"))) {
      h.put("calibration", "history".equals(source) ? "distribution" : "lines");
    }
    return h;
  }

  private static List<BoxScoreDataset.Example> fromProps(DataSnapshot data, HistoryIndex index, ExperimentSpec spec) {
    return Dataset.build(data, index, p -> spec.statTypes().contains(p.statType())).stream()
        .filter(r -> r.actual() != null)
        .filter(r -> spec.from() == null || !r.game().date().isBefore(spec.from()))
        .filter(r -> spec.to() == null || !r.game().date().isAfter(spec.to()))
        .map(r -> new BoxScoreDataset.Example(r.prop().id(), r.prop().playerId(), r.game().date(), r.prop().statType(),
            r.prop().line(), r.features(), r.actual(), r.prop().trueProbOver()))
        .toList();
  }

  private static TreeSet<LocalDate> dates(List<BoxScoreDataset.Example> examples) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    examples.forEach(e -> dates.add(e.date()));
    return dates;
  }

  private static Result score(PropModel model, List<TrainingRow> train, List<BoxScoreDataset.Example> holdout,
      List<LegPrediction> predicted, HistoryIndex index, ExperimentSpec spec, String source, LocalDate holdoutStart,
      LocalDate last) {
    int n = holdout.size();
    double[] p = new double[n];
    int[] y = new int[n];
    double[][] base = new double[Baselines.NAMES.size()][n];
    List<HoldoutRow> rows = new ArrayList<>(n);
    List<Double> truth = new ArrayList<>();
    List<Integer> truthY = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BoxScoreDataset.Example e = holdout.get(i);
      p[i] = predicted.get(i).pOver();
      y[i] = e.actual() > e.line() ? 1 : 0;
      double[] b = Baselines.of(index, e);
      for (int k = 0; k < b.length; k++) {
        base[k][i] = b[k];
      }
      rows.add(new HoldoutRow(e.id(), e.playerId(), e.statType(), e.date(), e.line(), p[i], y[i], e.pTrue()));
      if (e.pTrue() != null) {
        truth.add(e.pTrue());
        truthY.add(y[i]);
      }
    }
    Map<String, Metrics> baselines = new LinkedHashMap<>();
    for (int k = 0; k < Baselines.NAMES.size(); k++) {
      baselines.put(Baselines.NAMES.get(k), CalibrationMetrics.all(base[k], y));
    }
    if (!truth.isEmpty()) {
      baselines.put("oracle_p_true", CalibrationMetrics.all(truth.stream().mapToDouble(Double::doubleValue).toArray(),
          truthY.stream().mapToInt(Integer::intValue).toArray()));
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("model_type", spec.modelType().wireName());
    provenance.put("feature_set_version", FeatureSet.VERSION);
    provenance.put("source", source);
    provenance.put("seed", spec.seed());
    provenance.put("hyper_parameters", new java.util.TreeMap<>(hyperParameters(spec, source)));
    provenance.put("train_rows", train.size());
    provenance.put("train_from", train.stream().map(TrainingRow::date).min(LocalDate::compareTo).map(String::valueOf)
        .orElse(null));
    provenance.put("train_to", holdoutStart.minusDays(1).toString());
    provenance.put("holdout_from", holdoutStart.toString());
    provenance.put("holdout_to", last.toString());
    provenance.put("stat_types", model.statTypes());
    return new Result(model, CalibrationMetrics.all(p, y), com.betterbros.props.math.TailReliability.of(p, y, 0.1, 0.9),
        baselines, rows, provenance);
  }
}
