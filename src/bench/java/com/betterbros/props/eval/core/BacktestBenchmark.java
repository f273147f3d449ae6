package com.betterbros.props.eval.core;

import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.HistoryIndexes;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.sim.SeasonGenerator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The backtest benchmark ({@code bench backtest}): on the synthetic season (seed 42, 90 days), a
 * walk-forward backtest of the last {@code days} days, retrained every 7 days with the default
 * xgb_nb_regression on settled props, of (a) top_slips (3 legs, Power, exact, Kelly 0.25) and (b)
 * single_legs (min edge 0.02, flat 1 unit), each beside the baseline (over on every leg). One run
 * each, wall-clock, on the calling thread (XGBoost nthread = 1).
 */
public final class BacktestBenchmark {

  private BacktestBenchmark() {}

  public static String run(long seed, int seasonDays, int days) {
    DataSnapshot data = DataSnapshot.of(SeasonGenerator.generate(seed, seasonDays));
    HistoryIndex index = HistoryIndexes.of(data);
    LocalDate first = data.games().stream().map(g -> g.date()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = data.games().stream().map(g -> g.date()).max(LocalDate::compareTo).orElseThrow();
    LocalDate from = last.minusDays(days - 1);
    ModelRecipe recipe = new ModelRecipe(ModelType.XGB_NB_REGRESSION, Map.of("calibration", "lines"),
        SupportedStats.SYNTHETIC_STAT_TYPES, "props", seed);
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "season seed %d, %d days (%s to %s); backtest %s to %s (%d days), retrain every 7 days%n", seed, seasonDays,
        first, last, from, last, days));
    Staking kelly = new Staking(true, 1, 0.25, 0.05, 0.25);
    out.append(one("top_slips, 3 legs, power, exact, kelly 0.25", new BacktestSpec(from, last, 7, Strategy.TOP_SLIPS,
        0, new SlipSpec(3, "power", 3, OptimizeMethod.EXACT), kelly, 100, Set.of("prizepicks", "underdog"),
        SupportedStats.SYNTHETIC_STAT_TYPES, seed), data, index, recipe));
    out.append(one("single_legs, min edge 0.02, flat 1", new BacktestSpec(from, last, 7, Strategy.SINGLE_LEGS, 0.02,
        null, Staking.flat(1), 100, Set.of("prizepicks", "underdog"), SupportedStats.SYNTHETIC_STAT_TYPES, seed),
        data, index, recipe));
    return out.toString();
  }

  private static String one(String name, BacktestSpec spec, DataSnapshot data, HistoryIndex index,
      ModelRecipe recipe) {
    long t0 = System.nanoTime();
    BacktestData boards = BacktestData.of(data, index, spec);
    long t1 = System.nanoTime();
    BacktestResult r = BacktestRun.run(spec, boards, WalkForwardModels.retraining(spec, boards, recipe), index,
        PayoutTables.bundled(), p -> { });
    long t2 = System.nanoTime();
    return String.format(Locale.ROOT, """
        %s: %.1f s (boards %.1f s, models + bets %.1f s), %d models, %d legs priced
          strategy: %s
          baseline: %s
        """, name, (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, r.models().size(), r.pricedLegs(),
        line(r.summary()), line(r.baseline()));
  }

  static String line(BookSummary s) {
    return String.format(Locale.ROOT, "%d bets, %d won, staked %.1f, profit %.1f, ROI %s [%s, %s], max drawdown %.1f%%,"
        + " Sharpe/day %s, leg hit rate %s vs breakeven %s", s.bets(), s.won(), s.staked(), s.profit(), pct(s.roi()),
        s.roiCi() == null ? "-" : pct(s.roiCi()[0]), s.roiCi() == null ? "-" : pct(s.roiCi()[1]), 100 * s.maxDrawdown(),
        s.sharpe() == null ? "-" : String.format(Locale.ROOT, "%.3f", s.sharpe()), pct(s.legHitRate()),
        pct(s.breakeven()));
  }

  private static String pct(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
