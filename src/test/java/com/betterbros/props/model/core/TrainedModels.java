package com.betterbros.props.model.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each model type trained once per JVM with its defaults (seed 42) on {@link SeasonRows#train()},
 * shared by the test classes, plus the rolling-hit-rate baseline.
 */
final class TrainedModels {

  private static final Map<ModelType, PropModel> MODELS = new EnumMap<>(ModelType.class);
  private static final Map<ModelType, Long> MILLIS = new EnumMap<>(ModelType.class);
  private static final Map<ModelType, List<Double>> PROGRESS = new EnumMap<>(ModelType.class);

  private TrainedModels() {}

  /** The trained model of a type (trained on first use). */
  static synchronized PropModel get(ModelType type) {
    return MODELS.computeIfAbsent(type, t -> {
      List<Double> progress = new ArrayList<>();
      long t0 = System.nanoTime();
      PropModel m = PropModelTrainer.train(SeasonRows.train(), SeasonRows.FEATURES,
          TrainingConfig.defaults(t), progress::add);
      MILLIS.put(t, (System.nanoTime() - t0) / 1_000_000);
      PROGRESS.put(t, List.copyOf(progress));
      return m;
    });
  }

  /** How long training took, in ms. */
  static synchronized long millis(ModelType type) {
    get(type);
    return MILLIS.get(type);
  }

  /** The progress values reported while training. */
  static synchronized List<Double> progress(ModelType type) {
    get(type);
    return PROGRESS.get(type);
  }

  /**
   * The rolling hit rate of each row: over the player's last 10 earlier game dates with a prop of
   * the same stat (one per date), (overs + 1) / (n + 2); 0.5 with no history.
   */
  static double[] hitRate(List<TrainingRow> rows) {
    Map<String, List<TrainingRow>> byKey = new HashMap<>();
    for (TrainingRow r : SeasonRows.ROWS) {
      byKey.computeIfAbsent(SeasonRows.PLAYER.get(r.propId()) + "|" + r.statType(),
          k -> new ArrayList<>()).add(r);
    }
    double[] out = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      TrainingRow row = rows.get(i);
      List<TrainingRow> earlier = byKey.get(SeasonRows.PLAYER.get(row.propId()) + "|"
          + row.statType()).stream().filter(r -> r.date().isBefore(row.date())).toList();
      Map<java.time.LocalDate, Integer> perDate = new java.util.TreeMap<>();
      earlier.forEach(r -> perDate.putIfAbsent(r.date(), r.over()));
      List<Integer> last = new ArrayList<>(perDate.values());
      last = last.subList(Math.max(0, last.size() - 10), last.size());
      int overs = last.stream().mapToInt(Integer::intValue).sum();
      out[i] = (overs + 1.0) / (last.size() + 2.0);
    }
    return out;
  }
}
