package com.betterbros.props.eval.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A finished backtest: the strategy's book and the baseline's (the over of every leg, flat
 * stakes), with their bets; the models it used; the props it could not settle; the payout
 * versions it settled with (days per version; {@code assumedPayoutDays} counts days before the
 * first known version, settled with it); how many slip boards fell back from the exact search to
 * the greedy one; and how many legs its boards priced.
 */
public record BacktestResult(BookSummary summary, BookSummary baseline, List<Bet> bets, List<Bet> baselineBets,
    List<ModelUse> models, int pendingProps, Map<String, Integer> payoutVersions, int assumedPayoutDays,
    int searchFallbacks, int pricedLegs) {

  /** A model of the run: used from {@code from}, trained on {@code trainRows} {@code source} examples up to {@code trainTo}. */
  public record ModelUse(LocalDate from, String source, int trainRows, LocalDate trainTo) {}

  public BacktestResult {
    bets = List.copyOf(bets);
    baselineBets = List.copyOf(baselineBets);
    models = List.copyOf(models);
    payoutVersions = Map.copyOf(payoutVersions);
  }
}
