package com.betterbros.props.eval.core;

import com.betterbros.props.corr.core.CorrelationEstimator;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import com.betterbros.props.optimize.core.SlipOptimizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Runs a backtest day by day (pure, CPU-bound: call it on a worker thread). Each day: the day's
 * model ({@link WalkForwardModels}) prices the board; the strategy proposes bets ({@link DayBets});
 * the staking sizes them from the bankroll at the day's start; each settles with the payout
 * version in force that day ({@link Settlement}) and the day's profit moves the bankroll. The
 * baseline book, over on every leg at flat stakes of one unit, runs beside it on the same boards.
 */
public final class BacktestRun {

  private BacktestRun() {}

  public static BacktestResult run(BacktestSpec spec, BacktestData data, WalkForwardModels models, HistoryIndex index,
      PayoutTables payouts, IntConsumer progress) {
    List<Bet> book = new ArrayList<>();
    List<Bet> baseline = new ArrayList<>();
    double bankroll = spec.bankroll();
    double baseBankroll = spec.bankroll();
    Map<Object, CorrelationEstimator> estimators = new IdentityHashMap<>();
    SlipOptimizer optimizer = new SlipOptimizer();
    Map<String, Integer> versions = new TreeMap<>();
    int assumed = 0;
    int[] fallbacks = {0};
    int priced = 0;
    List<LocalDate> days = spec.days();
    Staking flat = Staking.flat(spec.staking().unit());
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      List<BacktestData.BoardRow> rows = data.day(day);
      if (!rows.isEmpty()) {
        WalkForwardModels.Trained model = models.at(day);
        List<BoardLeg> legs = DayBets.price(model.model(), rows);
        priced += legs.size();
        PayoutVersion version = payouts.versions().get(0);
        if (day.isBefore(version.effectiveDate())) {
          assumed++;
        } else {
          version = payouts.current(day);
        }
        versions.merge(version.version(), 1, Integer::sum);
        List<Proposal> proposals = switch (spec.strategy()) {
          case SINGLE_LEGS -> DayBets.singles(legs, spec.minEdge());
          case TOP_SLIPS, GREEDY_SLIPS -> DayBets.slips(legs, spec, version,
              estimators.computeIfAbsent(model, m -> new CorrelationEstimator(index, model.model())), optimizer, day,
              fallbacks);
        };
        bankroll = place(book, proposals, spec.staking(), bankroll, day, version);
        baseBankroll = place(baseline, DayBets.baseline(legs), flat, baseBankroll, day, version);
      }
      progress.accept((int) (100L * (i + 1) / days.size()));
    }
    List<BacktestResult.ModelUse> used = models.used().stream()
        .map(t -> new BacktestResult.ModelUse(t.from(), t.source(), t.trainRows(), t.trainTo())).toList();
    return new BacktestResult(BookSummary.of(book, days, spec.bankroll(), spec.seed()),
        BookSummary.of(baseline, days, spec.bankroll(), spec.seed()), book, baseline, used, data.pending(), versions,
        assumed, fallbacks[0], priced);
  }

  /** Stakes, settles and books a day's proposals; returns the bankroll at the day's end. */
  static double place(List<Bet> book, List<Proposal> proposals, Staking staking, double bankroll, LocalDate day,
      PayoutVersion version) {
    double[] kelly = proposals.stream().mapToDouble(Proposal::kelly).toArray();
    double[] stakes = staking.stakes(kelly, bankroll);
    double profit = 0;
    for (int i = 0; i < proposals.size(); i++) {
      if (!(stakes[i] > 0)) {
        continue;
      }
      Proposal p = proposals.get(i);
      double payout;
      int size;
      if (Proposal.SINGLE.equals(p.kind())) {
        payout = Settlement.single(p.legs().get(0), stakes[i]);
        size = p.legs().get(0).outcome().removed() ? 0 : 1;
      } else {
        Settlement.Settled s = Settlement.slip(p.legs(), p.platform(), p.mode(), version, stakes[i]);
        payout = s.payout();
        size = s.size();
      }
      book.add(new Bet(day, book.size(), p.kind(), p.platform(), p.mode(), p.legs(), p.p(), p.ev(), p.kelly(),
          stakes[i], payout, size));
      profit += payout - stakes[i];
    }
    return bankroll + profit;
  }
}
