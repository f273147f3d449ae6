package com.betterbros.props.model.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.sim.SeasonGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The batch-prediction benchmark ({@code java -jar betterbros-props.jar bench}): a model trained on
 * the synthetic season predicts 10,000 props (a) in one batch call, (b) one call per row — the
 * baseline — and (c) end to end, features included. Median of timed runs after warm-up, on one
 * thread for the features and XGBoost's nthread = 1.
 */
public final class PredictBenchmark {

  private PredictBenchmark() {}

  public static String run(long seed, int days, int rows, int warmups, int runs) {
    DataSnapshot data = DataSnapshot.of(SeasonGenerator.generate(seed, days));
    HistoryIndex index = HistoryIndexes.of(data);
    List<Dataset.Row> all = Dataset.build(data, index, p -> true);
    List<TrainingRow> train = all.stream().filter(r -> r.actual() != null).map(Dataset.Row::trainingRow).toList();
    long t0 = System.nanoTime();
    PropModel model = PropModelTrainer.train(train, FeatureSet.NAMES, TrainingConfig.defaults(ModelType.XGB_NB_REGRESSION),
        p -> { });
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    List<Dataset.Row> sample = new ArrayList<>();
    for (int i = 0; sample.size() < rows; i++) {
      sample.add(all.get(i % all.size()));
    }
    List<PredictionInput> inputs = sample.stream().map(Dataset.Row::input).toList();
    double batch = median(warmups, runs, () -> model.predict(inputs));
    double perRow = median(1, Math.max(1, runs / 5), () -> inputs.forEach(in -> model.predict(List.of(in))));
    double endToEnd = median(warmups, runs, () -> model.predict(sample.stream()
        .map(r -> new PredictionInput(r.prop().statType(), r.prop().line(), FeatureBuilder.build(index, r.request())))
        .toList()));
    return String.format(Locale.ROOT, """
        model: xgb_nb_regression trained on %d rows in %.1f s (season seed %d, %d days)
        %d props, median of %d runs after %d warm-ups:
          batch predict (one Tribuo predict(Iterable) call) ... %8.1f ms
          per-row predict (baseline, %d calls) ............. %8.1f ms   (batch is %.1fx faster)
          end to end: features + batch predict .............. %8.1f ms
        """, train.size(), trainSeconds, seed, days, rows, runs, warmups, batch, rows, perRow, perRow / batch,
        endToEnd);
  }

  private static double median(int warmups, int runs, Runnable task) {
    for (int i = 0; i < warmups; i++) {
      task.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      task.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }
}
