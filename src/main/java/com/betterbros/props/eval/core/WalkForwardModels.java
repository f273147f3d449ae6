package com.betterbros.props.eval.core;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.model.core.PropModelTrainer;
import com.betterbros.props.model.core.TrainingConfig;
import com.betterbros.props.model.core.TrainingRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The model of each backtest day, walk-forward: retrained on every example dated strictly before
 * the retrain date (from, from + N, from + 2N, ...) with the recipe, so the model of day d never
 * saw d or a later game; or one fixed model trained before {@code from}. A recipe on settled props
 * trains on box scores at reference lines when fewer than {@value #MIN_PROP_DATES} dates of
 * settled props precede the date (recorded per model).
 */
public final class WalkForwardModels {

  static final int MIN_PROP_DATES = 4;

  /**
   * One model of the run: used from {@code from}, trained on {@code trainRows} examples of
   * {@code source} dated up to {@code trainTo}.
   */
  public record Trained(LocalDate from, PropModel model, String source, int trainRows, LocalDate trainTo) {}

  private final BacktestSpec spec;
  private final BacktestData data;
  private final ModelRecipe recipe;
  private final Trained fixed;
  private final Map<LocalDate, Trained> byDate = new HashMap<>();
  private final List<Trained> used = new ArrayList<>();

  private WalkForwardModels(BacktestSpec spec, BacktestData data, ModelRecipe recipe, Trained fixed) {
    this.spec = spec;
    this.data = data;
    this.recipe = recipe;
    this.fixed = fixed;
  }

  /** Retrains {@code recipe} every {@code spec.retrainEveryDays()} days. */
  public static WalkForwardModels retraining(BacktestSpec spec, BacktestData data, ModelRecipe recipe) {
    return new WalkForwardModels(spec, data, recipe, null);
  }

  /** One model for every day; the caller checked it trained on nothing after {@code trainTo} < from. */
  public static WalkForwardModels fixed(BacktestSpec spec, PropModel model, String source, LocalDate trainTo) {
    if (!trainTo.isBefore(spec.from())) {
      throw new IllegalArgumentException("the model trained on games up to " + trainTo + ", not before " + spec.from());
    }
    return new WalkForwardModels(spec, null, null, new Trained(spec.from(), model, source, 0, trainTo));
  }

  /** The model of a day (training it on first use). */
  public Trained at(LocalDate day) {
    if (fixed != null) {
      if (used.isEmpty()) {
        used.add(fixed);
      }
      return fixed;
    }
    return byDate.computeIfAbsent(spec.retrainDate(day), this::train);
  }

  /** The models the run used, in order. */
  public List<Trained> used() {
    return List.copyOf(used);
  }

  private Trained train(LocalDate before) {
    String source = recipe.source();
    List<TrainingRow> rows = data.training(source, recipe.statTypes(), before);
    if (!"history".equals(source) && dates(rows) < MIN_PROP_DATES) {
      source = "history";
      rows = data.training(source, recipe.statTypes(), before);
    }
    if (dates(rows) < 2) {
      throw new IllegalArgumentException("no model can be trained before " + before + ": the history has "
          + dates(rows) + " dates of examples before it (at least 2 needed); start the backtest later");
    }
    TrainingConfig config = new TrainingConfig(recipe.type(), hyperParameters(source), recipe.seed(),
        TrainingConfig.DEFAULT_CALIBRATION_FRACTION);
    PropModel model = PropModelTrainer.train(rows, FeatureSet.NAMES, config, null);
    LocalDate last = rows.stream().map(TrainingRow::date).max(LocalDate::compareTo).orElseThrow();
    Trained t = new Trained(before, model, source, rows.size(), last);
    used.add(t);
    return t;
  }

  // a regression trained on reference lines calibrates its whole distribution, one on posted lines the lines
  private Map<String, Object> hyperParameters(String source) {
    Map<String, Object> h = new HashMap<>(recipe.hyperParameters());
    if (recipe.type() == ModelType.XGB_NB_REGRESSION && !source.equals(recipe.source())) {
      h.put("calibration", "history".equals(source) ? "distribution" : "lines");
    }
    return h;
  }

  private static int dates(List<TrainingRow> rows) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    rows.forEach(r -> dates.add(r.date()));
    return dates.size();
  }
}
