package com.betterbros.props.experiments.core;

import com.betterbros.props.math.Metrics;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.HistoryIndexes;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.sim.SeasonGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality table: every model type trained walk-forward on the synthetic season (seed, days),
 * scored on the same holdout beside the two baselines and the oracle (the generator's true
 * P(over)). Pure: runs the same {@link ExperimentRunner} the experiments service runs.
 */
public final class QualityReport {

  /** One row of the table. */
  public record Line(String name, Metrics metrics) {}

  private QualityReport() {}

  public static List<Line> run(long seed, int days, long modelSeed) {
    DataSnapshot data = DataSnapshot.of(SeasonGenerator.generate(seed, days));
    var index = HistoryIndexes.of(data);
    List<Line> lines = new ArrayList<>();
    ExperimentRunner.Result last = null;
    for (ModelType type : ModelType.values()) {
      ExperimentSpec spec = new ExperimentSpec(type, Map.of(), SupportedStats.STAT_TYPES, null, null, modelSeed,
          ExperimentSpec.DEFAULT_HOLDOUT_FRACTION);
      ExperimentRunner.Result r = ExperimentRunner.run(data, index, spec, p -> { });
      lines.add(new Line(type.wireName(), r.metrics()));
      last = r;
    }
    Map<String, String> labels = Map.of("line_implied", "baseline: line-implied 0.5", "rolling_hit_rate",
        "baseline: rolling hit rate", "season_hit_rate", "baseline: season hit rate", "poisson_season_mean",
        "baseline: Poisson on the season mean", "oracle_p_true", "oracle: generator's true P(over)");
    last.baselines().forEach((name, m) -> lines.add(new Line(labels.getOrDefault(name, name), m)));
    return lines;
  }

  /** The table as Markdown, with each Brier as a ratio of the oracle's. */
  public static String markdown(List<Line> lines) {
    double oracle = lines.stream().filter(l -> l.name().startsWith("oracle")).mapToDouble(l -> l.metrics().brier())
        .findFirst().orElse(Double.NaN);
    StringBuilder sb = new StringBuilder("| model | n | Brier | Brier / oracle | log loss | ECE (10 bins) | AUC |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Line l : lines) {
      Metrics m = l.metrics();
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.3f | %.4f | %.4f | %.4f |%n", l.name(), m.n(),
          m.brier(), m.brier() / oracle, m.logLoss(), m.ece(), m.auc()));
    }
    return sb.toString();
  }
}
