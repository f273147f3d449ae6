package com.betterbros.props.experiments;

import com.betterbros.props.experiments.core.Baselines;
import com.betterbros.props.experiments.core.ExperimentRunner;
import com.betterbros.props.experiments.core.ExperimentSpec;
import com.betterbros.props.experiments.core.PitHistogram;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.math.CalibrationMetrics;
import com.betterbros.props.math.Metrics;
import com.betterbros.props.model.core.BoxScoreDataset;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.Dataset;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.model.core.PropModelTrainer;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.model.core.TrainingConfig;
import com.betterbros.props.model.core.TrainingRow;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Model quality on real outcomes (pure, CPU-bound). Part 1, the season: every model type trained
 * walk-forward on box scores (source "history": examples at L = the player's last-10 mean rounded
 * to x.5) in [from, to], scored on the last quarter of dates beside the baselines, with the PIT
 * histogram of the regression's count distribution. Part 2, a board: the standard-odds props of
 * one date whose players played that day, priced at their posted lines by a regression model
 * trained on every box-score example strictly before that date; Brier against the constant 0.25.
 */
public final class RealDataReport {

  /** The stat types a game-log file with points, rebounds, assists, threes and shot attempts grades. */
  public static final Set<String> STATS = Set.of("points", "rebounds", "assists", "threes", "pts_rebs_asts",
      "pts_rebs", "pts_asts", "rebs_asts", "threes_attempted", "fg_attempted");

  /** One table row. */
  public record Line(String name, Metrics metrics) {}

  /** The report's numbers. */
  public record Report(String range, List<Line> season, PitHistogram pit, Map<String, PitHistogram> pitByStat,
      String tails, LocalDate boardDate, List<Line> board, int boardProps) {}

  private RealDataReport() {}

  public static Report run(DataSnapshot data, HistoryIndex index, LocalDate from, LocalDate to, long seed) {
    List<Line> season = new ArrayList<>();
    ExperimentRunner.Result regression = null;
    for (ModelType type : ModelType.values()) {
      ExperimentSpec spec = new ExperimentSpec(type, Map.of(), STATS, from, to, seed,
          ExperimentSpec.DEFAULT_HOLDOUT_FRACTION, "history");
      ExperimentRunner.Result r = ExperimentRunner.run(data, index, spec, p -> { });
      if (type == ModelType.XGB_NB_REGRESSION) {
        regression = r;
        season.add(new Line(type.wireName() + " (default: calibration distribution)", r.metrics()));
        ExperimentSpec lines = new ExperimentSpec(type, Map.of("calibration", "lines"), STATS, from, to, seed,
            ExperimentSpec.DEFAULT_HOLDOUT_FRACTION, "history");
        season.add(new Line(type.wireName() + " (calibration lines)",
            ExperimentRunner.run(data, index, lines, p -> { }).metrics()));
      } else {
        season.add(new Line(type.wireName(), r.metrics()));
      }
    }
    regression.baselines().forEach((name, m) -> season.add(new Line("baseline: " + name, m)));
    LocalDate holdoutFrom = LocalDate.parse((String) regression.provenance().get("holdout_from"));
    List<BoxScoreDataset.Example> holdout = BoxScoreDataset.build(data, index, STATS, holdoutFrom, to);
    PitHistogram pit = pit(regression.model(), holdout, seed);
    Map<String, PitHistogram> pitByStat = new java.util.TreeMap<>();
    for (String stat : STATS) {
      List<BoxScoreDataset.Example> part = holdout.stream().filter(e -> e.statType().equals(stat)).toList();
      if (!part.isEmpty()) {
        pitByStat.put(stat, pit(regression.model(), part, seed));
      }
    }
    String range = regression.provenance().get("train_from") + " .. " + regression.provenance().get("holdout_to")
        + " (holdout from " + regression.provenance().get("holdout_from") + ")";
    String tails = TrainingJobs.tailsJson(regression.tails()).encode();
    List<Prop> boardProps = data.props().stream()
        .filter(p -> p.terms().isStandard() && "NBA".equals(p.sport()) && STATS.contains(p.statType())).toList();
    if (boardProps.isEmpty()) {
      return new Report(range, season, pit, pitByStat, tails, null, List.of(), 0);
    }
    LocalDate boardDate = boardProps.stream().map(p -> com.betterbros.props.identity.GameIds.easternDate(p.startTime()))
        .min(LocalDate::compareTo).orElseThrow();
    Board board = board(data, index, boardDate, seed);
    return new Report(range, season, pit, pitByStat, tails, boardDate, board.lines(), board.n());
  }

  private static PitHistogram pit(PropModel model, List<BoxScoreDataset.Example> examples, long seed) {
    double[] y = examples.stream().mapToDouble(BoxScoreDataset.Example::actual).toArray();
    return PitHistogram.of(model.distributions(examples.stream().map(BoxScoreDataset.Example::input).toList()), y,
        seed);
  }

  private record Board(List<Line> lines, int n) {}

  /** The board's standard props with outcomes, priced by a regression trained on every example before the date. */
  private static Board board(DataSnapshot data, HistoryIndex index, LocalDate date, long seed) {
    List<TrainingRow> train = BoxScoreDataset.build(data, index, STATS, null, date.minusDays(1)).stream()
        .map(BoxScoreDataset.Example::trainingRow).toList();
    PropModel model = PropModelTrainer.train(train, FeatureSet.NAMES,
        new TrainingConfig(ModelType.XGB_NB_REGRESSION, Map.of("calibration", "distribution"), seed,
            TrainingConfig.DEFAULT_CALIBRATION_FRACTION),
        null);
    List<Dataset.Row> rows = Dataset.build(data, index, p -> p.terms().isStandard() && STATS.contains(p.statType())
        && SupportedStats.contains(p.sport(), p.statType())).stream()
        .filter(r -> r.actual() != null && r.game().date().equals(date)).toList();
    double[] p = model.predict(rows.stream().map(Dataset.Row::input).toList()).stream()
        .mapToDouble(l -> l.pOver()).toArray();
    int[] y = rows.stream().mapToInt(r -> r.actual() > r.prop().line() ? 1 : 0).toArray();
    double[][] base = new double[Baselines.NAMES.size()][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Dataset.Row r = rows.get(i);
      double[] b = Baselines.of(index, new BoxScoreDataset.Example(r.prop().id(), r.prop().playerId(), date,
          r.prop().statType(), r.prop().line(), r.features(), r.actual(), null));
      for (int k = 0; k < b.length; k++) {
        base[k][i] = b[k];
      }
    }
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("xgb_nb_regression (trained on box scores before " + date + ")", CalibrationMetrics.all(p, y)));
    for (int k = 0; k < Baselines.NAMES.size(); k++) {
      lines.add(new Line("baseline: " + Baselines.NAMES.get(k), CalibrationMetrics.all(base[k], y)));
    }
    return new Board(lines, rows.size());
  }

  /** The report as Markdown. */
  public static String markdown(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Season walk-forward, ").append(r.range()).append(", examples at L = last-10 mean rounded to x.5\n\n");
    table(sb, r.season());
    sb.append("\nPIT of the regression's count distribution (10 bins, randomised for counts): ")
        .append(java.util.Arrays.toString(r.pit().counts()))
        .append(String.format(Locale.ROOT, ", chi-square %.1f (9 df; 1%% critical value %.2f): %s%n", r.pit().chiSquare(),
            PitHistogram.CRITICAL_1_PERCENT, r.pit().uniform() ? "uniform not rejected" : "not uniform"));
    sb.append("By stat type (chi-square):");
    r.pitByStat().forEach((stat, h) -> sb.append(String.format(Locale.ROOT, " %s %.0f,", stat, h.chiSquare())));
    sb.setLength(sb.length() - 1);
    sb.append('\n');
    sb.append("Tail reliability of the regression: ").append(r.tails()).append('\n');
    if (r.boardDate() != null) {
      sb.append("\nBoard of ").append(r.boardDate()).append(": ").append(r.boardProps())
          .append(" standard-odds props with outcomes, at their posted lines\n\n");
      table(sb, r.board());
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, List<Line> lines) {
    sb.append("| model | n | Brier | log loss | ECE (10 bins) | AUC |\n|---|---|---|---|---|---|\n");
    for (Line l : lines) {
      Metrics m = l.metrics();
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f |%n", l.name(), m.n(), m.brier(),
          m.logLoss(), m.ece(), m.auc()));
    }
  }
}
