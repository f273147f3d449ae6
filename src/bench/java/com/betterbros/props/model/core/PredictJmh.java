package com.betterbros.props.model.core;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.sim.SeasonGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: 1,000 props priced by an {@code xgb_nb_regression} model trained on the synthetic season
 * (seed 42, 90 days), in one batch call against the baseline of one call per prop, in the same run.
 * The per-prop ratio of the two is the batching gain the {@code predict} command reports at 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PredictJmh {

  private static final int ROWS = 1_000;
  private PropModel model;
  private List<PredictionInput> inputs;

  @Setup(Level.Trial)
  public void train() {
    DataSnapshot data = DataSnapshot.of(SeasonGenerator.generate(42, 90));
    HistoryIndex index = HistoryIndexes.of(data);
    List<Dataset.Row> all = Dataset.build(data, index, p -> true);
    List<TrainingRow> train = all.stream().filter(r -> r.actual() != null).map(Dataset.Row::trainingRow).toList();
    model = PropModelTrainer.train(train, FeatureSet.NAMES, TrainingConfig.defaults(ModelType.XGB_NB_REGRESSION),
        progress -> { });
    List<PredictionInput> sample = new ArrayList<>();
    for (int i = 0; sample.size() < ROWS; i++) {
      sample.add(all.get(i % all.size()).input());
    }
    inputs = List.copyOf(sample);
  }

  @Benchmark
  public List<LegPrediction> batch() {
    return model.predict(inputs);
  }

  /** Baseline: the same props, one Tribuo call each. */
  @Benchmark
  public int perRow() {
    int n = 0;
    for (PredictionInput input : inputs) {
      n += model.predict(List.of(input)).size();
    }
    return n;
  }
}
