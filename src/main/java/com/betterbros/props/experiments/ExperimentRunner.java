package com.betterbros.props.experiments;

import com.betterbros.props.features.FeatureSet;
import com.betterbros.props.features.HistoryIndex;
import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.math.Metrics;
import com.betterbros.props.model.DataSnapshot;
import com.betterbros.props.model.Dataset;
import com.betterbros.props.model.LegPrediction;
import com.betterbros.props.model.PropModel;
import com.betterbros.props.model.PropModelTrainer;
import com.betterbros.props.model.TrainingConfig;
import com.betterbros.props.model.TrainingRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;

/**
 * Runs one experiment on a data snapshot (pure, CPU-bound: call it on a worker thread).
 * Walk-forward evaluation: the distinct game dates of played props in [from, to] are sorted; the
 * last {@code holdoutFraction} of them form the holdout; the model is trained only on props
 * before the first holdout date. Two baselines are scored on the same holdout: the line-implied
 * 50/50, and the player's rolling hit rate over his last 10 games against this line,
 * (hits + 1) / (n + 2) (Laplace's rule of succession).
 */
public final class ExperimentRunner {

  /** The trained model, its holdout metrics beside the baselines', and the holdout rows. */
  public record Result(PropModel model, Metrics metrics, Metrics lineBaseline, Metrics hitRateBaseline,
      Metrics oracle, List<HoldoutRow> holdout, Map<String, Object> provenance) {}

  private ExperimentRunner() {}

  public static Result run(DataSnapshot data, HistoryIndex index, ExperimentSpec spec, DoubleConsumer progress) {
    List<Dataset.Row> rows = Dataset.build(data, index, p -> spec.statTypes().contains(p.statType())).stream()
        .filter(r -> r.actual() != null)
        .filter(r -> spec.from() == null || !r.game().date().isBefore(spec.from()))
        .filter(r -> spec.to() == null || !r.game().date().isAfter(spec.to()))
        .toList();
    TreeSet<LocalDate> dates = new TreeSet<>();
    rows.forEach(r -> dates.add(r.game().date()));
    if (dates.size() < 4) {
      throw new IllegalArgumentException("not enough played props in the date range to train and hold out ("
          + dates.size() + " game dates)");
    }
    int trainDates = (int) Math.floor(dates.size() * (1 - spec.holdoutFraction()));
    LocalDate holdoutStart = new ArrayList<>(dates).get(Math.max(1, Math.min(dates.size() - 1, trainDates)));
    List<TrainingRow> train = new ArrayList<>();
    List<Dataset.Row> holdout = new ArrayList<>();
    for (Dataset.Row r : rows) {
      if (r.game().date().isBefore(holdoutStart)) {
        train.add(r.trainingRow());
      } else {
        holdout.add(r);
      }
    }
    progress.accept(5);
    TrainingConfig config = new TrainingConfig(spec.modelType(), spec.hyperParameters(), spec.seed(),
        TrainingConfig.DEFAULT_CALIBRATION_FRACTION);
    PropModel model = PropModelTrainer.train(train, FeatureSet.NAMES, config, p -> progress.accept(5 + 0.85 * p));
    List<LegPrediction> predicted = model.predict(holdout.stream().map(Dataset.Row::input).toList());
    progress.accept(95);
    return score(model, train, holdout, predicted, data, spec, holdoutStart, dates.last());
  }

  private static Result score(PropModel model, List<TrainingRow> train, List<Dataset.Row> holdout,
      List<LegPrediction> predicted, DataSnapshot data, ExperimentSpec spec, LocalDate holdoutStart, LocalDate last) {
    int n = holdout.size();
    double[] p = new double[n];
    double[] half = new double[n];
    double[] hitRate = new double[n];
    int[] y = new int[n];
    List<HoldoutRow> rows = new ArrayList<>(n);
    List<Double> truth = new ArrayList<>();
    List<Integer> truthY = new ArrayList<>();
    HitRates hits = new HitRates(data.stats());
    for (int i = 0; i < n; i++) {
      Dataset.Row r = holdout.get(i);
      p[i] = predicted.get(i).pOver();
      half[i] = 0.5;
      y[i] = r.actual() > r.prop().line() ? 1 : 0;
      hitRate[i] = hits.rate(r.prop().playerId(), r.prop().statType(), r.prop().line(), r.game().date());
      rows.add(new HoldoutRow(r.prop().id(), r.prop().playerId(), r.prop().statType(), r.game().date(),
          r.prop().line(), p[i], y[i], r.prop().trueProbOver()));
      if (r.prop().trueProbOver() != null) {
        truth.add(r.prop().trueProbOver());
        truthY.add(y[i]);
      }
    }
    Metrics oracle = truth.isEmpty() ? null : CalibrationMetrics.all(
        truth.stream().mapToDouble(Double::doubleValue).toArray(), truthY.stream().mapToInt(Integer::intValue).toArray());
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("model_type", spec.modelType().wireName());
    provenance.put("feature_set_version", FeatureSet.VERSION);
    provenance.put("seed", spec.seed());
    provenance.put("hyper_parameters", new java.util.TreeMap<>(spec.hyperParameters()));
    provenance.put("train_rows", train.size());
    provenance.put("train_from", train.stream().map(TrainingRow::date).min(LocalDate::compareTo).map(String::valueOf).orElse(null));
    provenance.put("train_to", holdoutStart.minusDays(1).toString());
    provenance.put("holdout_from", holdoutStart.toString());
    provenance.put("holdout_to", last.toString());
    provenance.put("stat_types", new TreeSet<>(spec.statTypes()).stream().toList());
    return new Result(model, CalibrationMetrics.all(p, y), CalibrationMetrics.all(half, y),
        CalibrationMetrics.all(hitRate, y), oracle, rows, provenance);
  }

  /** A player's last-10 hit rate against a line, from box scores strictly before a date. */
  static final class HitRates {

    private final Map<String, List<com.betterbros.props.history.PlayerGameStat>> byPlayer = new HashMap<>();

    HitRates(List<com.betterbros.props.history.PlayerGameStat> stats) {
      stats.stream()
          .sorted(java.util.Comparator.comparing(com.betterbros.props.history.PlayerGameStat::date))
          .forEach(s -> byPlayer.computeIfAbsent(s.playerId(), k -> new ArrayList<>()).add(s));
    }

    double rate(String playerId, String statType, double line, LocalDate before) {
      List<com.betterbros.props.history.PlayerGameStat> games = byPlayer.getOrDefault(playerId, List.of());
      int hits = 0;
      int n = 0;
      for (int i = games.size() - 1; i >= 0 && n < 10; i--) {
        if (games.get(i).date().isBefore(before)) {
          hits += games.get(i).value(statType) > line ? 1 : 0;
          n++;
        }
      }
      return (hits + 1.0) / (n + 2.0);
    }
  }
}
